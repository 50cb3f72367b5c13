/**
 * Contracts shared by the engine's parts. Readers observe; checklists judge.
 * Nothing here imports a runtime: it is safe for the CLI, the Electron utility process and tests.
 */

export const PLATFORM_IDS = [
  'x', 'facebook', 'instagram', 'threads', 'linkedin', 'tiktok', 'youtube', 'bluesky', 'mastodon', 'reddit', 'strava',
] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

/** personal: locked down; professional: public on purpose. */
export const ACCOUNT_KINDS = ['personal', 'professional'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export interface AccountSpec {
  /** Stable id, used for the profile directory name. Lower-case letters, digits and dashes. */
  id: string;
  platform: PlatformId;
  /** The user's own name for the account, e.g. "Personal X". */
  label: string;
  kind: AccountKind;
}

/** Where an observation came from, most robust first (see ARCHITECTURE "Reading a setting"). */
export const OBSERVATION_SOURCES = ['json-endpoint', 'embedded-json', 'accessibility-tree', 'visible-text'] as const;
export type ObservationSource = (typeof OBSERVATION_SOURCES)[number];

export type SettingValue = string | number | boolean | null;

/** A value read in this run. The only thing a pass may rest on. */
export interface Observation {
  setting: string;
  value: SettingValue;
  source: ObservationSource;
  /** Where exactly: URL and field, or role and label. Never cookies or tokens. */
  evidence: string;
  readAt: string;
}

/** Why a setting could not be read. */
export const UNREAD_REASONS = [
  'signed-out', 'challenge', 'rate-limited', 'blocked', 'automation-blocked', 'timeout', 'page-changed', 'field-missing',
  'unrecognised-value', 'locale-unsupported', 'browser-failed', 'cancelled', 'network-error', 'not-supported', 'not-read',
] as const;
export type UnreadReason = (typeof UNREAD_REASONS)[number];

/** An Unread whose setting is this covers every setting the checklist asks for (the whole read failed). */
export const ALL_SETTINGS = '*';

export interface Unread {
  /** A setting key, or ALL_SETTINGS. */
  setting: string;
  reason: UnreadReason;
  detail: string;
}

/**
 * 'signed-in' only when the reader recognised the person's own account page or data.
 * 'automation-blocked': the platform turned the browser away as automated (a bot check, "looks automated").
 */
export const SESSION_STATES = ['signed-in', 'signed-out', 'challenge', 'rate-limited', 'blocked', 'automation-blocked', 'unknown'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

export const IDENTITY_FIELDS = ['displayName', 'handle', 'bio', 'workplace'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/** A null field is one the profile leaves empty; a field the reader could not read is listed in unreadFields. */
export interface Identity {
  displayName: string | null;
  handle: string | null;
  bio: string | null;
  /** Workplace or headline where the platform shows one. */
  workplace: string | null;
  /** Fields that could not be read (not the same as empty): nothing is concluded from their absence. */
  unreadFields: IdentityField[];
  source: ObservationSource;
  evidence: string;
}

/** What a logged-out visitor sees of the profile, read in a fresh cookieless context. */
export interface StrangerView {
  url: string;
  /** False when the check itself failed: then nothing below was seen, and notes say why. */
  checked: boolean;
  /** The platform showed a sign-in wall instead of the profile. */
  loginWall: boolean;
  /** The profile exists and loaded for a stranger. */
  profileVisible: boolean;
  name: string | null;
  bio: string | null;
  location: string | null;
  /** Workplace or headline as a stranger sees it, where the platform shows one. */
  workplace: string | null;
  /**
   * Whether a stranger could open the list of friends, followers or connections; false when the
   * platform showed no list (a count alone is not a list); null when that could not be told.
   */
  connectionsVisible: boolean | null;
  /** Number of posts a stranger could see; null when that could not be told. */
  postsVisible: number | null;
  /** The platform said the posts are protected/private. */
  postsProtected: boolean;
  /** Short notes in plain words, e.g. "Your bio is visible to anyone". */
  notes: string[];
}

export interface PlatformReadResult {
  session: SessionState;
  /** Plain-words explanation of the session state. */
  sessionDetail: string;
  observations: Observation[];
  unread: Unread[];
  identity: Identity | null;
  stranger: StrangerView | null;
}

/** Something that knows HOW to read one platform, never what is good. */
export interface PlatformReader {
  platform: PlatformId;
  /** Hosts the audit browser may reach for this platform (exact hosts or "*.domain"). */
  hosts: readonly string[];
  /** The login page the sign-in window opens. */
  signInUrl: string;
  /** Setting keys this reader can produce. */
  settings: readonly string[];
  read(ctx: ReaderContext): Promise<PlatformReadResult>;
}

/** Progress of one step inside one account's audit. */
export interface StepRunner {
  /** Run a named step with the per-step timeout and cancellation; reports progress. */
  <T>(name: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T>;
}

/** What the runner hands to a reader. Pages come with the host allow-list already applied. */
export interface ReaderContext {
  account: AccountSpec;
  /** A page in the account's signed-in profile. */
  newPage(): Promise<import('puppeteer-core').Page>;
  /** A page in a fresh cookieless context: what a stranger sees. */
  newStrangerPage(): Promise<import('puppeteer-core').Page>;
  step: StepRunner;
  signal: AbortSignal;
}
