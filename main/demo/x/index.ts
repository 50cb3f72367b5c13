import type { Emulator, PlatformEmulator } from '../types.ts';
import { handleApi } from './api.ts';
import { X_HOSTS, X_REDIRECT_HOSTS } from './constants.ts';
import { handleAbs, handlePbs, handleRedirectHost, handleXCom } from './pages.ts';
import { issueSession, sessionCookies, type EmulatorCookie } from './sessions.ts';
import type { Variation } from '../variations.ts';
import { createXState, type XAccount, type XInit, type XLateNotice, type XPost, type XSettings, type XState } from './state.ts';

export { signInToX, type XCredentials } from './sign-in.ts';
export type { EmulatorCookie } from './sessions.ts';
export type { XAccount, XDmsFrom, XInit, XLateNotice, XMediaTagging, XMode, XPost, XSettings, XState } from './state.ts';
export { DEFAULT_X_ACCOUNT, DEFAULT_X_POSTS, DEFAULT_X_SETTINGS } from './state.ts';
export { X_HOSTS, X_QUERY_IDS, X_REDIRECT_HOSTS, X_SETTINGS_URL, X_WEB_BEARER } from './constants.ts';
export { X_TRACKER_PIXEL, X_TRACKER_SCRIPT } from './pages.ts';

export interface XEmulator extends PlatformEmulator {
  /** Live state; the helpers below are the readable way to change it. */
  state: XState;
  /** What signInToX needs to sign in as the emulated account (follows setProfile). */
  readonly credentials: { username: string; password: string };
  /** Change settings, e.g. `x.set({ protected: true })`. */
  set(patch: Partial<XSettings>): void;
  /** Change the profile (name, bio, location…). */
  setProfile(patch: Partial<XAccount>): void;
  setPosts(posts: XPost[]): void;
  /** The session expired on X's side: cookies stay in the browser, the API answers 401 (code 32). */
  signOut(): void;
  /** X wants a challenge: the API answers 403 (code 326) and the app goes to /account/access. */
  lock(): void;
  /** The API answers 429 (code 88) with x-rate-limit-remaining: 0. */
  rateLimit(): void;
  /** Every API answer waits this long first. */
  slow(ms: number): void;
  /** settings.json (or a page-only control) leaves this field out. */
  dropField(name: string): void;
  /** The redesign: no data-testid hooks, switches instead of checkboxes; roles and names stay. */
  changeMarkup(): void;
  /** Signed-out visitors to the profile are sent to sign in. */
  loginWall(on?: boolean): void;
  /** Show these variation switches (main/demo/variations.ts), and only these. */
  vary(...variations: Variation[]): void;
  /** X's app draws this message by script, late, instead of the signed-in pages. */
  drawLate(notice: XLateNotice): void;
  /** The automation gate, for visitors without a session only. */
  gateStrangers(on?: boolean): void;
  /** End the failures: unlocked, not rate limited, fast, every field, current markup, no variations. Settings and sessions stay. */
  restore(): void;
  /** Everything but sessions back to how the emulator was created (account, settings, posts, modes, login wall). */
  reset(): void;
  /** A fresh signed-in session without the form: cookies to put in the browser (fits puppeteer's setCookie). */
  issueSessionCookies(): EmulatorCookie[];
}

export function createXEmulator(initial: XInit = {}): XEmulator {
  const state = createXState(initial);
  const emulator: Emulator = {
    name: 'x',
    hosts: [...X_HOSTS, ...X_REDIRECT_HOSTS],
    async handle(req, res, url) {
      const host = url.hostname;
      if (host === 'x.com') await handleXCom(state, req, res, url);
      else if (host === 'api.x.com') await handleApi(state, req, res, url);
      else if (host === 'abs.twimg.com') handleAbs(state, res, url);
      else if (host === 'pbs.twimg.com') handlePbs(res, url);
      else handleRedirectHost(res, url);
    },
  };
  return {
    emulator,
    state,
    get credentials() { return { username: state.account.screen_name, password: state.account.password }; },
    set(patch) { Object.assign(state.settings, patch); },
    setProfile(patch) { Object.assign(state.account, patch); },
    setPosts(posts) { state.posts = posts.map((p) => ({ ...p })); },
    signOut() { state.sessions.clear(); },
    lock() { state.mode = 'locked'; },
    rateLimit() { state.mode = 'rate-limited'; },
    slow(ms) { state.delayMs = ms; },
    dropField(name) { if (!state.droppedFields.includes(name)) state.droppedFields.push(name); },
    changeMarkup() { state.markup = 'changed'; },
    loginWall(on = true) { state.strangerLoginWall = on; },
    vary(...variations) { state.variations = new Set(variations); },
    drawLate(notice) { state.lateNotice = notice; },
    gateStrangers(on = true) { state.strangerGate = on; },
    restore() {
      Object.assign(state, { mode: 'ok', delayMs: 0, droppedFields: [], markup: 'current', variations: new Set(), lateNotice: null, strangerGate: false });
    },
    reset() {
      const fresh = createXState(initial);
      Object.assign(state, {
        account: fresh.account, settings: fresh.settings, posts: fresh.posts, mode: fresh.mode, delayMs: fresh.delayMs,
        droppedFields: fresh.droppedFields, markup: fresh.markup, strangerLoginWall: fresh.strangerLoginWall,
        variations: fresh.variations, lateNotice: fresh.lateNotice, strangerGate: fresh.strangerGate,
      });
    },
    issueSessionCookies() { return sessionCookies(issueSession(state)); },
  };
}
