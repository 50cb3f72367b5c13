/** Everything the Threads emulator knows: the account, its settings, and the server's view of sessions. */
import type { Variation } from '../variations.ts';

/**
 * Who may @mention the user. 'mutual' ("Followers you follow back", a wording Instagram uses for
 * its reply controls) is the extra option drawn only under the 'label-synonyms' variation.
 */
export type ThreadsMentions = 'everyone' | 'following' | 'no_one' | 'mutual';
export type ThreadsLanguage = 'en' | 'es';

/** Values behind the settings pages. `text_post_app_is_private` is Threads' own field name. */
export interface ThreadsSettings {
  text_post_app_is_private: boolean;
  mentions: ThreadsMentions;
  online_status: boolean;
  fediverse_sharing: boolean;
}

/** Threads uses the Instagram account: same id, username and name (the name is edited on Instagram). */
export interface ThreadsAccount {
  pk: string;
  username: string;
  full_name: string;
  biography: string;
  password: string;
  follower_count: number;
}

export interface ThreadsPost {
  code: string;
  text: string;
  taken_at: number;
}

/**
 * ok: normal; challenge: pages redirect to /challenge/; blocked: "Try again later" (feedback_required);
 * rate-limited: HTTP 429 "Please wait a few minutes before you try again".
 * The "-late" modes answer 200 with the app's shell (navigation, the viewer's stub) and draw the
 * same message by script after load, or for a challenge move to /challenge/ by script;
 * 'rate-limited-embedded' lists the rate limit only in the page's embedded errors;
 * 'automation-gate' draws Instagram's "automated behaviour" message by script after load;
 * 'shell-only' serves the shell and the viewer's stub and never draws anything more.
 */
export type ThreadsMode = 'ok' | 'challenge' | 'blocked' | 'rate-limited'
  | 'challenge-late' | 'blocked-late' | 'rate-limited-late' | 'rate-limited-embedded' | 'automation-gate' | 'shell-only';

/** How the settings are drawn: 'usual' switches and a radio group, or 'mixed' (a pressed button, a plain checkbox, a select). */
export type ThreadsControlKinds = 'usual' | 'mixed';

/** Settings rows the pages can leave out (a row Threads no longer shows). */
export type ThreadsRow = keyof ThreadsSettings;

export interface ThreadsSession { sessionId: string; csrfToken: string; userId: string }

export interface ThreadsState {
  account: ThreadsAccount;
  settings: ThreadsSettings;
  posts: ThreadsPost[];
  mode: ThreadsMode;
  /** Added to every answer, so timeouts can be tested. */
  delayMs: number;
  /** 'changed': the profile JSON no longer carries the private flag, and "Online status" is renamed. */
  markup: 'current' | 'changed';
  language: ThreadsLanguage;
  /** Rows the settings pages do not draw. */
  hiddenRows: ThreadsRow[];
  /** A signed-out visitor to the profile is sent to log in instead of seeing it. */
  strangerLoginWall: boolean;
  /** Variation switches (main/demo/variations.ts) in force. */
  variations: Set<Variation>;
  controlKinds: ThreadsControlKinds;
  /** Server side: live sessions by sessionid. */
  sessions: Map<string, ThreadsSession>;
}

export interface ThreadsInit {
  account?: Partial<ThreadsAccount>;
  settings?: Partial<ThreadsSettings>;
  posts?: ThreadsPost[];
  mode?: ThreadsMode;
  delayMs?: number;
  markup?: ThreadsState['markup'];
  language?: ThreadsLanguage;
  hiddenRows?: ThreadsRow[];
  strangerLoginWall?: boolean;
  variations?: Iterable<Variation>;
  controlKinds?: ThreadsControlKinds;
}

/** Threads' out-of-the-box choices: public, mentions from everyone, online status shown, not federated. */
export const DEFAULT_THREADS_SETTINGS: ThreadsSettings = {
  text_post_app_is_private: false,
  mentions: 'everyone',
  online_status: true,
  fediverse_sharing: false,
};

/** A made-up doctor. */
export const DEFAULT_THREADS_ACCOUNT: ThreadsAccount = {
  pk: '63120458812',
  username: 'dr.sam.rivers',
  full_name: 'Dr Sam Rivers',
  biography: 'GP in Leeds. Primary care, running and the odd bad pun.',
  password: 'emulated-password-1',
  follower_count: 1204,
};

export const DEFAULT_THREADS_POSTS: ThreadsPost[] = [
  { code: 'DBx1aQ2oLm1', text: 'Flu clinic open this Saturday morning. Bring your booking letter.', taken_at: 1_774_684_931 },
  { code: 'DBx1aQ2oLm2', text: 'Finished the Leeds half. Knees have opinions.', taken_at: 1_772_980_853 },
];

export function createThreadsState(init: ThreadsInit = {}): ThreadsState {
  return {
    account: { ...DEFAULT_THREADS_ACCOUNT, ...init.account },
    settings: { ...DEFAULT_THREADS_SETTINGS, ...init.settings },
    posts: (init.posts ?? DEFAULT_THREADS_POSTS).map((p) => ({ ...p })),
    mode: init.mode ?? 'ok',
    delayMs: init.delayMs ?? 0,
    markup: init.markup ?? 'current',
    language: init.language ?? 'en',
    hiddenRows: [...(init.hiddenRows ?? [])],
    strangerLoginWall: init.strangerLoginWall ?? false,
    variations: new Set(init.variations ?? []),
    controlKinds: init.controlKinds ?? 'usual',
    sessions: new Map(),
  };
}
