import type { Emulator, PlatformEmulator } from '../types.ts';
import type { Variation } from '../variations.ts';
import type { EmulatorCookie } from '../types.ts';
import { THREADS_EMULATED_HOSTS, THREADS_WEB_HOST } from './constants.ts';
import { handleRedirectHost, handleThreads } from './pages.ts';
import { issueSession, sessionCookies } from './sessions.ts';
import { createThreadsState } from './state.ts';
import type { ThreadsAccount, ThreadsControlKinds, ThreadsInit, ThreadsLanguage, ThreadsMode, ThreadsPost, ThreadsRow, ThreadsSettings, ThreadsState } from './state.ts';

export { signInToThreads, type ThreadsCredentials } from './sign-in.ts';
export type { ThreadsAccount, ThreadsControlKinds, ThreadsInit, ThreadsLanguage, ThreadsMentions, ThreadsMode, ThreadsPost, ThreadsRow, ThreadsSettings, ThreadsState } from './state.ts';
export { DEFAULT_THREADS_ACCOUNT, DEFAULT_THREADS_POSTS, DEFAULT_THREADS_SETTINGS } from './state.ts';
export * from './constants.ts';
export { BLOCKED_TITLE, LATE_PROBLEM_MS, RATE_LIMIT_TEXT } from './status-pages.ts';
export { AUTOMATION_TITLE, CONSENT, SYNONYMS } from './labels.ts';
export { WRONG_PASSWORD } from './login.ts';

export interface ThreadsEmulator extends PlatformEmulator {
  /** Live state; the helpers below are the readable way to change it. */
  state: ThreadsState;
  /** The Instagram username and password signInToThreads types (follows setProfile). */
  readonly credentials: { username: string; password: string };
  /** Change settings, e.g. `threads.set({ text_post_app_is_private: true })`. */
  set(patch: Partial<ThreadsSettings>): void;
  /** Change the profile (name, username, bio…). */
  setProfile(patch: Partial<ThreadsAccount>): void;
  setPosts(posts: ThreadsPost[]): void;
  /** The session ended on Threads' side: cookies stay in the browser, pages redirect to /login. */
  signOut(): void;
  /** Threads wants an account check: signed-in pages redirect to /challenge/. */
  challenge(): void;
  /** "Try again later": signed-in pages show the feedback_required block. */
  block(): void;
  /** Signed-in pages answer 429 "Please wait a few minutes before you try again." */
  rateLimit(): void;
  /** Any mode, including those that draw their message by script after load (see ThreadsMode). */
  setMode(mode: ThreadsMode): void;
  /** Turn on variation switches (main/demo/variations.ts); restore() turns them off. */
  vary(...variations: Variation[]): void;
  /** Draw the settings with other kinds of control: a pressed button, a plain checkbox, a select. */
  drawControls(kinds: ThreadsControlKinds): void;
  /** Every answer waits this long first. */
  slow(ms: number): void;
  /** A redesign: the profile JSON no longer has `text_post_app_is_private`, and "Online status" is renamed. */
  changeMarkup(): void;
  /** Pages in another language (real translated labels, `<html lang>` set). */
  setLanguage(language: ThreadsLanguage): void;
  /** A settings row Threads no longer draws. */
  hideRow(row: ThreadsRow): void;
  /** Logged-out visitors to the profile are sent to log in. */
  loginWall(on?: boolean): void;
  /** End the failures: no challenge, block or rate limit, fast, current markup, English, every row, no variations. Settings and sessions stay. */
  restore(): void;
  /** Everything but sessions back to how the emulator was created, or to another starting state (e.g. the demo's). */
  reset(init?: ThreadsInit): void;
  issueSessionCookies(): EmulatorCookie[];
}

export function createThreadsEmulator(initial: ThreadsInit = {}): ThreadsEmulator {
  const state = createThreadsState(initial);
  const emulator: Emulator = {
    name: 'threads',
    hosts: [...THREADS_EMULATED_HOSTS],
    async handle(req, res, url) {
      if (url.hostname === THREADS_WEB_HOST) await handleThreads(state, req, res, url);
      else handleRedirectHost(res, url);
    },
  };
  return {
    emulator,
    state,
    get credentials() { return { username: state.account.username, password: state.account.password }; },
    set(patch) { Object.assign(state.settings, patch); },
    setProfile(patch) { Object.assign(state.account, patch); },
    setPosts(posts) { state.posts = posts.map((p) => ({ ...p })); },
    signOut() { state.sessions.clear(); },
    challenge() { state.mode = 'challenge'; },
    block() { state.mode = 'blocked'; },
    rateLimit() { state.mode = 'rate-limited'; },
    setMode(mode) { state.mode = mode; },
    vary(...variations) { for (const variation of variations) state.variations.add(variation); },
    drawControls(kinds) { state.controlKinds = kinds; },
    slow(ms) { state.delayMs = ms; },
    changeMarkup() { state.markup = 'changed'; },
    setLanguage(language) { state.language = language; },
    hideRow(row) { if (!state.hiddenRows.includes(row)) state.hiddenRows.push(row); },
    loginWall(on = true) { state.strangerLoginWall = on; },
    restore() {
      Object.assign(state, { mode: 'ok', delayMs: 0, markup: 'current', language: 'en', hiddenRows: [], variations: new Set(), controlKinds: 'usual' });
    },
    reset(init = initial) {
      const fresh = createThreadsState(init);
      Object.assign(state, {
        account: fresh.account, settings: fresh.settings, posts: fresh.posts, mode: fresh.mode, delayMs: fresh.delayMs,
        markup: fresh.markup, language: fresh.language, hiddenRows: fresh.hiddenRows, strangerLoginWall: fresh.strangerLoginWall,
        variations: fresh.variations, controlKinds: fresh.controlKinds,
      });
    },
    issueSessionCookies() { return sessionCookies(issueSession(state)); },
  };
}
