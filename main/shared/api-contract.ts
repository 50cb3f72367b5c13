/**
 * The one contract between the renderer and the main process: what `window.chaperone` offers.
 * Types and channel names only, no runtime imports, so the sandboxed preload can use it without
 * pulling zod or Node in. Arguments are checked at run time on the main side (api-schemas.ts).
 */
import type { AuditProgress } from './audit-view.ts';
import type { AppraisalOptions, Reflection } from '../engine/appraisal/model.ts';
import type { ItemStatus } from '../engine/audit/model.ts';
import type { ProgressEvent } from '../engine/audit/progress.ts';
import type { BrowserKind } from '../engine/browser/find-browsers.ts';
import type { PolicyAccount, PolicyAnswers, PolicyDocument, PolicyKind, PolicyQuestion, PolicySection } from '../engine/policy/model.ts';
import type { Profession } from '../engine/profile.ts';
import type { AuditReport } from '../engine/report/schema.ts';
import type { AccountKind, PlatformId, SessionState } from '../engine/types.ts';

export interface Profile {
  registeredName: string;
  profession: Profession;
  regulator: string;
  /** Optional; never printed unless the user asks. */
  registrationNumber: string | null;
}

export interface Account {
  id: string;
  platform: PlatformId;
  label: string;
  kind: AccountKind;
  /** The server, for platforms that have many (Mastodon, Bluesky); null otherwise. */
  host: string | null;
  addedAt: string;
  /** What the last audit or sign-in found about the session. */
  lastSessionCheck: { at: string; state: SessionState; detail: string } | null;
}

/** What signing in to an account gave. */
export interface SignInOutcome {
  account: Account;
  /** How the signed-in session is protected, when the system keychain does not protect it; null otherwise. */
  notice: string | null;
}

/** Platforms with many servers, where an account names its own (Bluesky defaults to bsky.social). */
export const SERVER_PLATFORMS: ReadonlySet<PlatformId> = new Set<PlatformId>(['mastodon', 'bluesky']);

export interface NewAccount {
  platform: PlatformId;
  label: string;
  kind: AccountKind;
  host?: string | null;
}

/** What can change about an account once added: its name and what it is used for (not its platform or server). */
export interface AccountChanges {
  accountId: string;
  label?: string;
  kind?: AccountKind;
}

/** The calendar reminder saved: where, and the day it is for (YYYY-MM-DD, the user's own calendar day). */
export interface SavedReminder {
  path: string;
  day: string;
  /** True when the audit was already due, so the reminder is for tomorrow. */
  overdue: boolean;
}

export const ANSWERS = ['yes', 'no', 'not-applicable'] as const;
export type Answer = (typeof ANSWERS)[number];

export interface ManualAnswer {
  accountId: string;
  itemId: string;
  answer: Answer;
  note: string;
  answeredAt: string;
}

/** An answer given in an earlier audit, offered again ("Still true?") until the person confirms it in this one. */
export interface PreviousAnswer extends ManualAnswer {
  /** The earlier audit it was given in. */
  auditId: string;
}

export interface AuditSummary {
  id: string;
  startedAt: string;
  finishedAt: string;
  cancelled: boolean;
  score: number | null;
  coverage: number;
  /** Automatic professional checks the audit read, out of those it tried (the score rests on `read`). */
  read: number;
  readable: number;
  accounts: number;
  /** Professional items that need fixing now, after any re-check. */
  fail: number;
  /** Professional items that could not be checked now, after any re-check. */
  unknown: number;
  progress: AuditProgress;
  /** Whether the person has started the appraisal summary (saved a reflection or choices). */
  appraisalStarted: boolean;
}

/** What the person found when they checked a setting Chaperone could not read ("I checked this myself"). */
export const SELF_CHECK_FINDINGS = ['set', 'not-set', 'not-found'] as const;
export type SelfCheckFinding = (typeof SELF_CHECK_FINDINGS)[number];

/**
 * "Check again" on one item after the user changed the setting: what was read then. With `byYou`,
 * it is what the person found by hand, not what Chaperone read; it is always shown as theirs.
 */
export interface Recheck {
  accountId: string;
  itemId: string;
  at: string;
  byYou?: { found: SelfCheckFinding; note: string };
  status: ItemStatus;
  /** The value read, as text for display (never HTML); null when nothing could be read. */
  observed: string | null;
  /** Why it could not be checked, when status is unknown. */
  reason: string | null;
}

export interface StoredAudit {
  id: string;
  report: AuditReport;
  answers: ManualAnswer[];
  /** Oldest first; the last one for an item is its status now. */
  rechecks: Recheck[];
  /** The appraisal summary's reflection and choices as last saved; absent until the user saves a draft. */
  appraisal?: AppraisalDraft;
}

/** What the user writes and chooses on the export screen; the re-audit interval comes from the settings. */
export interface AppraisalDraft {
  reflection: Reflection;
  options: Omit<AppraisalOptions, 'reauditMonths'>;
}

/** A draft nobody has written yet: empty reflection, everything optional left off. */
export const EMPTY_APPRAISAL_DRAFT: Readonly<AppraisalDraft> = Object.freeze({
  reflection: Object.freeze({ what: '', soWhat: '', nowWhat: '' }),
  options: Object.freeze({ showRegistrationNumber: false, showHandles: false, timeSpentMinutes: null, declarationAccepted: false, appendix: false }),
});

/** What the export screen shows before saving: the short text, and what is still open (issue 14). */
export interface AppraisalPreview {
  text: string;
  needsFixing: number;
  couldNotCheck: number;
  questionsUnanswered: number;
}

export const APPRAISAL_FORMATS = ['pdf', 'text', 'json'] as const;
export type AppraisalFormat = (typeof APPRAISAL_FORMATS)[number];

/** One account's answers in a policy as kept: the account's id (so a renamed account keeps its answers) with its details as they were. */
export interface StoredPolicyAccount extends PolicyAccount { accountId: string }

/** The policy answers as kept with the app: PolicyAnswers, each account tied to an account in Chaperone. */
export interface StoredPolicyAnswers extends Omit<PolicyAnswers, 'accounts'> {
  accounts: StoredPolicyAccount[];
  /** Accounts in Chaperone that this policy does not cover (a personal account, for a practice's policy), by id. */
  leftOut?: string[];
}

/**
 * The person's social media policy (issue 15). `answers` are those being given now (partial while
 * answering; null when no review is under way); `written` the answers the policy was last written
 * from, offered again in the next review ("You said … on 3 December 2026. Still true?").
 */
export interface StoredPolicy {
  answers: StoredPolicyAnswers | null;
  /** When `answers` were last saved. */
  savedAt: string;
  written: StoredPolicyAnswers | null;
  /** The day the policy was last written ("2026-12-03"); null before the first. */
  writtenOn: string | null;
}

/** What the renderer sends while answering: answers per account by the account's id; main adds the account's details. */
export interface PolicyDraft {
  kind: PolicyKind;
  answers: Record<string, string>;
  accounts: { accountId: string; answers: Record<string, string> }[];
  /** Accounts in Chaperone this policy does not cover, by id; none when absent. */
  leftOut?: string[];
  /** "2027-12-03"; empty until answered. */
  reviewOn: string;
}

/** Everything the policy screens need: the questions and sections (policy.yaml), the saved policy, the accounts. */
export interface PolicyView {
  questions: PolicyQuestion[];
  sections: PolicySection[];
  saved: StoredPolicy | null;
  accounts: Account[];
}

export const POLICY_FORMATS = ['markdown', 'docx', 'pdf'] as const;
export type PolicyFormat = (typeof POLICY_FORMATS)[number];

export type { PolicyDocument };

/** One item whose status differs between two audits (statuses as they stood after any re-checks). */
export interface ItemChange {
  accountId: string;
  accountLabel: string;
  platformName: string;
  itemId: string;
  title: string;
  /** null: the item was not in that audit. */
  before: ItemStatus | null;
  after: ItemStatus | null;
}

export interface AuditComparison {
  auditId: string;
  /** The audit before this one; null when this is the first. */
  previous: { id: string; startedAt: string } | null;
  /** Safe before, not now (pass → fail or unknown): shown first. */
  regressions: ItemChange[];
  /** Not safe before, passing now. */
  improvements: ItemChange[];
  /** Items or accounts that were not in the previous audit. */
  added: ItemChange[];
  /** Items or accounts in the previous audit that this one did not check. */
  removed: ItemChange[];
  /** Other differences (e.g. fail → unknown). */
  otherChanges: ItemChange[];
  unchanged: number;
}

export interface Settings {
  /** The browser the user chose; null means the first one found. */
  browserPath: string | null;
  /** How often to suggest a re-audit, in months. */
  reminderMonths: number;
}

export interface InstalledBrowser {
  kind: BrowserKind;
  name: string;
  executablePath: string;
}

export interface AppStatus {
  appVersion: string;
  dataDir: string;
  /** True when sensitive records are encrypted by the operating system's keychain. */
  encrypted: boolean;
  /** Shown when they are not, saying why and what that means. */
  encryptionNotice: string | null;
  /** Set when the stored data could not be read at start-up and was moved aside. */
  recovered: { backupPath: string; reason: string } | null;
  /** Set while the stored data is safe but cannot be opened (no keychain, a newer Chaperone's file): nothing is saved until it can. */
  locked: { reason: string } | null;
}

export type AuditEvent =
  | { runId: string; type: 'progress'; progress: ProgressEvent }
  | { runId: string; type: 'finished'; auditId: string; summary: AuditSummary }
  | { runId: string; type: 'failed'; message: string };

/** The API, per domain. Every function returns a promise; failures reject with a plain message. */
export interface ChaperoneApi {
  profile: {
    get(): Promise<Profile | null>;
    save(profile: Profile): Promise<Profile>;
  };
  accounts: {
    list(): Promise<Account[]>;
    add(account: NewAccount): Promise<Account>;
    /**
     * Opens the account's own browser profile on the platform's sign-in page; resolves when the
     * window closes, with the account and, when no keychain protects the session, a notice saying so.
     */
    signIn(args: { accountId: string }): Promise<SignInOutcome>;
    /** Forgets the account and deletes its browser profile (and with it the sign-in). */
    disconnect(args: { accountId: string }): Promise<Account[]>;
    /**
     * Renames the account or changes what it is used for. The browser profile (and the sign-in) is
     * kept: it belongs to the account's id, not its name. Past audits keep the name they were run with.
     */
    update(changes: AccountChanges): Promise<Account>;
  };
  audit: {
    /**
     * Starts an audit of all accounts, or of those named; progress and the result arrive as events.
     * showBrowser reads in a visible window titled as Chaperone's, for a platform that turned the hidden browser away.
     */
    start(args: { accountIds?: string[]; showBrowser?: boolean }): Promise<{ runId: string }>;
    cancel(args: { runId: string }): Promise<void>;
    /** Re-reads one item of a stored audit (the account is read again; only that item is recorded). */
    recheck(args: { auditId: string; accountId: string; itemId: string }): Promise<StoredAudit>;
    /** Records what the person found when they checked an item Chaperone could not read ("I checked this myself"). */
    checkedByYou(args: { auditId: string; accountId: string; itemId: string; found: SelfCheckFinding; note?: string }): Promise<StoredAudit>;
    /** Opens the account's own signed-in browser on the item's settings page; resolves when the window is closed. */
    openSetting(args: { auditId: string; accountId: string; itemId: string }): Promise<void>;
    onEvent(listener: (event: AuditEvent) => void): () => void;
  };
  history: {
    list(): Promise<AuditSummary[]>;
    get(args: { auditId: string }): Promise<StoredAudit>;
    answer(args: { auditId: string; accountId: string; itemId: string; answer: Answer; note?: string }): Promise<StoredAudit>;
    /**
     * For each question (account id, or all accounts, and item id), the latest answer given in an
     * audit that started before this one. Offered, never counted: nothing is saved in this audit.
     */
    previousAnswers(args: { auditId: string }): Promise<PreviousAnswer[]>;
    delete(args: { auditId: string }): Promise<AuditSummary[]>;
    /** What changed since the audit before this one. */
    compare(args: { auditId: string }): Promise<AuditComparison>;
  };
  report: {
    /** The audit as the versioned JSON report. */
    json(args: { auditId: string }): Promise<string>;
    /** Asks where to save the JSON report and saves it; null when the user cancelled. */
    saveJson(args: { auditId: string }): Promise<{ path: string } | null>;
    /** Opens a guidance or help link from the checklist data in the user's web browser (https only). */
    openLink(args: { url: string }): Promise<void>;
    /** Keeps the appraisal reflection and choices with the audit. */
    saveAppraisalDraft(args: { auditId: string; draft: AppraisalDraft }): Promise<StoredAudit>;
    /**
     * Builds the appraisal summary from the saved draft, asks where to save it and saves it; null when
     * the user cancelled. Refused until the declaration is ticked.
     */
    exportAppraisal(args: { auditId: string; format: AppraisalFormat }): Promise<{ path: string } | null>;
    /** The short text of the summary as the draft would make it, and what is still open, shown before saving. Saves nothing. */
    previewAppraisal(args: { auditId: string; draft: AppraisalDraft }): Promise<AppraisalPreview>;
  };
  settings: {
    get(): Promise<Settings>;
    update(changes: Partial<Settings>): Promise<Settings>;
    browsers(): Promise<InstalledBrowser[]>;
    status(): Promise<AppStatus>;
    /** Removes everything Chaperone stored: accounts, their browser profiles, history, profile, settings. */
    deleteAllData(): Promise<void>;
    /**
     * Asks where to save a calendar file (.ics) with the next audit's day (the latest audit plus the
     * re-audit interval) and saves it; null when the user cancelled. Nothing is sent anywhere.
     */
    saveReminder(): Promise<SavedReminder | null>;
  };
  policy: {
    get(): Promise<PolicyView>;
    /**
     * Keeps the answers given so far. complete: the person finished "Check your answers": every
     * question must be answered (for every account in Chaperone), and the policy is written today.
     */
    save(args: { draft: PolicyDraft; complete: boolean }): Promise<StoredPolicy>;
    /** The policy as last written, from its answers, the person's details and their latest audit. */
    preview(): Promise<PolicyDocument>;
    /** Asks where to save a calendar file with the policy's review date and saves it; null when cancelled. */
    saveReminder(): Promise<SavedReminder | null>;
    /** Asks where to save the policy as last written and saves it; null when cancelled. */
    export(args: { format: PolicyFormat }): Promise<{ path: string } | null>;
  };
}

type Domain = keyof ChaperoneApi;
/** Callable functions only; `audit.onEvent` is an event subscription, not an invoke channel. */
export type Method<D extends Domain> = Exclude<keyof ChaperoneApi[D] & string, 'onEvent'>;
export type Channel = { [D in Domain]: `${D}:${Method<D>}` }[Domain];

/** Every invoke channel. The preload builds window.chaperone from this list; main registers each. */
export const CHANNELS = [
  'profile:get', 'profile:save',
  'accounts:list', 'accounts:add', 'accounts:signIn', 'accounts:disconnect', 'accounts:update',
  'audit:start', 'audit:cancel', 'audit:recheck', 'audit:checkedByYou', 'audit:openSetting',
  'history:list', 'history:get', 'history:answer', 'history:delete', 'history:compare', 'history:previousAnswers',
  'report:json', 'report:saveJson', 'report:openLink', 'report:saveAppraisalDraft', 'report:exportAppraisal', 'report:previewAppraisal',
  'settings:get', 'settings:update', 'settings:browsers', 'settings:status', 'settings:deleteAllData', 'settings:saveReminder',
  'policy:get', 'policy:save', 'policy:preview', 'policy:saveReminder', 'policy:export',
] as const satisfies readonly Channel[];

/** Main → renderer: audit progress and results. */
export const AUDIT_EVENT_CHANNEL = 'audit:event';

type Fn = (...args: never[]) => unknown;
export type ChannelFn<C extends Channel> = C extends `${infer D extends Domain}:${infer M}`
  ? M extends keyof ChaperoneApi[D] ? ChaperoneApi[D][M] extends Fn ? ChaperoneApi[D][M] : never : never
  : never;
/** The argument a channel takes (undefined for none) and what it resolves to. */
export type ChannelArgs<C extends Channel> = Parameters<ChannelFn<C>>[0];
export type ChannelResult<C extends Channel> = Awaited<ReturnType<ChannelFn<C>>>;

/** Compile-time check that CHANNELS names every method exactly. */
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
export const CHANNELS_COMPLETE: [Missing] extends [never] ? true : Missing = true;
