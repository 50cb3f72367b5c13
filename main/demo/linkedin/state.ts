/** Everything the LinkedIn emulator knows: the member, their settings, and the server's view of sessions. */
import type { Variation } from '../variations.ts';

export type LinkedInViewerMode = 'DISCLOSE_FULL' | 'DISCLOSE_ANONYMOUS' | 'HIDE';
/** Who may find the member from their email address or phone number. */
export type LinkedInDiscovery = 'EVERYONE' | 'SECOND_DEGREE' | 'FIRST_DEGREE' | 'NOBODY';
/** An option LinkedIn offers only in some layouts (drawn under 'label-synonyms'), which the reader must not guess at. */
export type LinkedInExtraDiscovery = 'FIRST_AND_SECOND_DEGREE';
export type LinkedInPhotoVisibility = 'CONNECTIONS' | 'NETWORK' | 'MEMBERS' | 'PUBLIC';

/**
 * Values behind the Visibility pages. The first group are fields of Voyager's profilePrivacySettings
 * (named as there); the last three exist only as controls on their settings pages.
 */
export interface LinkedInSettings {
  showPublicProfile: boolean;
  fullLastNameShown: boolean;
  discloseAsProfileViewer: LinkedInViewerMode;
  allowProfileEditBroadcasts: boolean;
  profilePictureVisibilitySetting: LinkedInPhotoVisibility;
  publicProfilePictureVisibilitySetting: LinkedInPhotoVisibility;
  allowOpenProfile: boolean;
  messagingSeenReceipts: 'ALL_ENABLED' | 'ALL_DISABLED';
  messagingTypingIndicators: 'ALL_ENABLED' | 'ALL_DISABLED';
  connectionsVisible: boolean;
  discoverByEmail: LinkedInDiscovery | LinkedInExtraDiscovery;
  discoverByPhone: LinkedInDiscovery | LinkedInExtraDiscovery;
}

export interface LinkedInProfile {
  memberId: string;
  firstName: string;
  lastName: string;
  /** The vanity name in linkedin.com/in/<publicIdentifier>/. */
  publicIdentifier: string;
  headline: string;
  /** Current position's company; empty when the member lists none. */
  currentCompany: string;
  location: string;
  connections: number;
  email: string;
  password: string;
}

export interface LinkedInPost { text: string; age: string }

/** ok; challenge: /checkpoint/challenge; restricted: the restricted-account page; rate limited: 429 or 999. */
export type LinkedInMode = 'ok' | 'challenge' | 'restricted' | 'rate-limited-429' | 'rate-limited-999';

/**
 * A notice LinkedIn's app draws by script after an ordinary-looking page has loaded (HTTP 200, no
 * redirect): too many pages, a security check, a restricted account, or a restriction for
 * automated activity. 'embedded-429': the page's embedded Voyager answers carry a 429 instead.
 */
export type LinkedInLateGate = 'rate-limited' | 'challenge' | 'restricted' | 'automated' | 'embedded-429';

export interface LinkedInSession { liAt: string; jsessionId: string }

export interface LinkedInState {
  profile: LinkedInProfile;
  settings: LinkedInSettings;
  posts: LinkedInPost[];
  mode: LinkedInMode;
  /** Added to every page and Voyager answer, so timeouts can be tested. */
  delayMs: number;
  /** privacySettings fields LinkedIn no longer sends (left out of the JSON). */
  droppedFields: string[];
  /** Settings-page slugs that answer 404, as when LinkedIn moves a page. */
  missingPages: string[];
  /** 'changed': no embedded datalets (the page fetches the settings instead), and a reworded label. */
  markup: 'current' | 'changed';
  /** `<html lang>` and the labels: 'en' or 'de'. */
  language: 'en' | 'de';
  /** Logged-out visitors get the authwall even when the public profile is on. */
  strangerLoginWall: boolean;
  /** Logged-out visitors get 999 "Request denied", as LinkedIn answers visitors it takes for robots. */
  strangerDenied: boolean;
  /** A notice drawn by script after load instead of the page, or null. */
  lateGate: LinkedInLateGate | null;
  /** LinkedIn no longer answers /voyager/api/me nor embeds it: who is signed in shows only on the pages. */
  meGone: boolean;
  /** The variation switches (main/demo/variations.ts) this emulator honours. */
  variations: Set<Variation>;
  /** Live sessions by li_at. */
  sessions: Map<string, LinkedInSession>;
}

export interface LinkedInInit {
  profile?: Partial<LinkedInProfile>;
  settings?: Partial<LinkedInSettings>;
  posts?: LinkedInPost[];
  mode?: LinkedInMode;
  delayMs?: number;
  droppedFields?: string[];
  missingPages?: string[];
  markup?: LinkedInState['markup'];
  language?: LinkedInState['language'];
  strangerLoginWall?: boolean;
  strangerDenied?: boolean;
  lateGate?: LinkedInLateGate | null;
  meGone?: boolean;
  variations?: Iterable<Variation>;
}

/** LinkedIn's out-of-the-box choices: public, findable, broadcasting edits. */
export const DEFAULT_LINKEDIN_SETTINGS: LinkedInSettings = {
  showPublicProfile: true,
  fullLastNameShown: true,
  discloseAsProfileViewer: 'DISCLOSE_FULL',
  allowProfileEditBroadcasts: true,
  profilePictureVisibilitySetting: 'PUBLIC',
  publicProfilePictureVisibilitySetting: 'PUBLIC',
  allowOpenProfile: false,
  messagingSeenReceipts: 'ALL_ENABLED',
  messagingTypingIndicators: 'ALL_ENABLED',
  connectionsVisible: true,
  discoverByEmail: 'EVERYONE',
  discoverByPhone: 'EVERYONE',
};

/** A made-up doctor. */
export const DEFAULT_LINKEDIN_PROFILE: LinkedInProfile = {
  memberId: 'ACoAAB3xQk8BcD2sLmN0pQrStUvWxYz1234abcd',
  firstName: 'Sam',
  lastName: 'Rivers',
  publicIdentifier: 'dr-sam-rivers-4a1b2c',
  headline: 'GP at Kirkstall Health Centre',
  currentCompany: 'Kirkstall Health Centre',
  location: 'Leeds, England, United Kingdom',
  connections: 312,
  email: 'sam.rivers@example.org',
  password: 'emulated-password-1',
};

export const DEFAULT_LINKEDIN_POSTS: LinkedInPost[] = [
  { text: 'Our practice is recruiting a salaried GP. Friendly team, good supervision.', age: '2w' },
  { text: 'Great evening at the Leeds primary care update. Thanks to all the speakers.', age: '1mo' },
];

export function createLinkedInState(init: LinkedInInit = {}): LinkedInState {
  return {
    profile: { ...DEFAULT_LINKEDIN_PROFILE, ...init.profile },
    settings: { ...DEFAULT_LINKEDIN_SETTINGS, ...init.settings },
    posts: (init.posts ?? DEFAULT_LINKEDIN_POSTS).map((p) => ({ ...p })),
    mode: init.mode ?? 'ok',
    delayMs: init.delayMs ?? 0,
    droppedFields: [...(init.droppedFields ?? [])],
    missingPages: [...(init.missingPages ?? [])],
    markup: init.markup ?? 'current',
    language: init.language ?? 'en',
    strangerLoginWall: init.strangerLoginWall ?? false,
    strangerDenied: init.strangerDenied ?? false,
    lateGate: init.lateGate ?? null,
    meGone: init.meGone ?? false,
    variations: new Set(init.variations ?? []),
    sessions: new Map(),
  };
}
