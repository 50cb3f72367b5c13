import type { Emulator, EmulatorCookie, PlatformEmulator } from '../types.ts';
import { INSTAGRAM_EMULATED_HOSTS, INSTAGRAM_WEB_HOST } from './constants.ts';
import { handleOtherHost, handleWww } from './pages.ts';
import { issueSession, sessionCookies } from './sessions.ts';
import { createInstagramState } from './state.ts';
import type { InstagramAccount, InstagramInit, InstagramLanguage, InstagramLateProblem, InstagramPost, InstagramSettings, InstagramState } from './state.ts';
import type { Variation } from '../variations.ts';

export { signInToInstagram, type InstagramCredentials } from './sign-in.ts';
export type { IgAudience, InstagramAccount, InstagramInit, InstagramLanguage, InstagramLateProblem, InstagramMode, InstagramPost, InstagramSettings, InstagramState } from './state.ts';
export { DEFAULT_INSTAGRAM_ACCOUNT, DEFAULT_INSTAGRAM_POSTS, DEFAULT_INSTAGRAM_SETTINGS } from './state.ts';
export { FORM_DATA_PATHS, INSTAGRAM_APP_ID, INSTAGRAM_EMULATED_HOSTS, PROFILE_INFO_PATH, SETTINGS_PATHS } from './constants.ts';

export interface InstagramEmulator extends PlatformEmulator {
  /** Live state; the helpers below are the readable way to change it. */
  state: InstagramState;
  /** What signInToInstagram needs (follows setProfile). */
  readonly credentials: { username: string; password: string };
  /** Change settings, e.g. `instagram.set({ is_private: true })`. */
  set(patch: Partial<InstagramSettings>): void;
  /** Change the profile (name, username, bio, professional category…). */
  setProfile(patch: Partial<InstagramAccount>): void;
  setPosts(posts: InstagramPost[]): void;
  /** Instagram ended the session: cookies stay in the browser, pages go to the login page. */
  signOut(): void;
  /** Instagram wants an account check: the API answers 400 checkpoint_required and the app goes to /challenge/. */
  challenge(): void;
  /** "Try Again Later": the API answers 400 feedback_required. */
  block(): void;
  /** The API answers 429 "Please wait a few minutes before you try again." */
  rateLimit(): void;
  /** Every page and API answer waits this long first. */
  slow(ms: number): void;
  /** Only the API answers wait this long: the pages draw before their data comes. */
  slowApi(ms: number): void;
  /** Instagram stops sending a JSON field (form_data's, or web_profile_info's is_private). */
  dropField(name: string): void;
  /** The pages stop showing a setting's control. */
  hideControl(setting: keyof InstagramSettings): void;
  /** A redesign: chaining_enabled leaves the form data, the suggestions checkbox and the mention options are reworded, switches become checkboxes. */
  changeMarkup(): void;
  /** The settings pages in another language (`<html lang>` and labels); the JSON is unchanged. */
  setLanguage(language: InstagramLanguage): void;
  /** Logged-out visitors to the profile are sent to the login page. */
  loginWall(on?: boolean): void;
  /** Turns the variation switches on (main/demo/variations.ts); restore() turns them off. */
  vary(...variations: Variation[]): void;
  /**
   * The settings pages' script draws a hard stop after load instead of the settings, as Instagram's
   * app does when its own data says so; `inDataOnly` puts it only in the page's embedded error list.
   */
  drawProblemLate(problem: InstagramLateProblem, inDataOnly?: boolean): void;
  /** End the failures: normal mode, fast, every field and control, current markup, English. Settings and sessions stay. */
  restore(): void;
  /** Everything but sessions back to how the emulator was created. */
  reset(): void;
  issueSessionCookies(): EmulatorCookie[];
}

export function createInstagramEmulator(initial: InstagramInit = {}): InstagramEmulator {
  const state = createInstagramState(initial);
  const emulator: Emulator = {
    name: 'instagram',
    hosts: [...INSTAGRAM_EMULATED_HOSTS],
    async handle(req, res, url) {
      if (url.hostname === INSTAGRAM_WEB_HOST) await handleWww(state, req, res, url);
      else handleOtherHost(state, req, res, url);
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
    slow(ms) { state.delayMs = ms; },
    slowApi(ms) { state.apiDelayMs = ms; },
    dropField(name) { if (!state.droppedFields.includes(name)) state.droppedFields.push(name); },
    hideControl(setting) { if (!state.hiddenControls.includes(setting)) state.hiddenControls.push(setting); },
    changeMarkup() { state.markup = 'changed'; },
    setLanguage(language) { state.language = language; },
    loginWall(on = true) { state.strangerLoginWall = on; },
    vary(...variations) { for (const v of variations) state.variations.add(v); },
    drawProblemLate(problem, inDataOnly = false) { state.lateProblem = problem; state.problemInDataOnly = inDataOnly; },
    restore() {
      Object.assign(state, {
        mode: 'ok', delayMs: 0, apiDelayMs: 0, droppedFields: [], hiddenControls: [], markup: 'current', language: 'en',
        variations: new Set(initial.variations ?? []), lateProblem: null, problemInDataOnly: false,
      });
    },
    reset() {
      const fresh = createInstagramState(initial);
      Object.assign(state, {
        account: fresh.account, settings: fresh.settings, posts: fresh.posts, mode: fresh.mode, delayMs: fresh.delayMs,
        droppedFields: fresh.droppedFields, hiddenControls: fresh.hiddenControls, markup: fresh.markup,
        language: fresh.language, strangerLoginWall: fresh.strangerLoginWall, variations: fresh.variations,
        lateProblem: fresh.lateProblem, problemInDataOnly: fresh.problemInDataOnly,
      });
    },
    issueSessionCookies() { return sessionCookies(issueSession(state)); },
  };
}
