import type { Emulator, EmulatorCookie, PlatformEmulator } from '../types.ts';
import { redirect } from '../http-util.ts';
import { LINKEDIN_HOSTS, LINKEDIN_REDIRECT_HOSTS } from './constants.ts';
import { handleLicdn, handleWww } from './router.ts';
import { issueSession, sessionCookies } from './sessions.ts';
import { createLinkedInState } from './state.ts';
import type { LinkedInInit, LinkedInLateGate, LinkedInPost, LinkedInProfile, LinkedInSettings, LinkedInState } from './state.ts';
import type { Variation } from '../variations.ts';

export { signInToLinkedIn, type LinkedInCredentials } from './sign-in.ts';
export { readerValuesOf, settingsForReaderValues } from './reader-values.ts';
export { LINKEDIN_DEMO } from './demo.ts';
export type {
  LinkedInDiscovery, LinkedInExtraDiscovery, LinkedInInit, LinkedInLateGate, LinkedInMode, LinkedInPost, LinkedInProfile, LinkedInSettings, LinkedInState, LinkedInViewerMode,
} from './state.ts';
export { DEFAULT_LINKEDIN_POSTS, DEFAULT_LINKEDIN_PROFILE, DEFAULT_LINKEDIN_SETTINGS } from './state.ts';
export {
  LINKEDIN_HOSTS, LINKEDIN_REDIRECT_HOSTS, LINKEDIN_VISIBILITY_URL, ME_PATH, NORMALIZED_JSON, PRIVACY_SETTINGS_REQUEST, SETTINGS_SLUGS,
} from './constants.ts';

export interface LinkedInEmulator extends PlatformEmulator {
  /** Live state; the helpers below are the readable way to change it. */
  state: LinkedInState;
  /** What signInToLinkedIn needs (follows setProfile). */
  readonly credentials: { email: string; password: string };
  /** Change settings, e.g. `linkedin.set({ showPublicProfile: false })`. */
  set(patch: Partial<LinkedInSettings>): void;
  /** Change the member's profile (name, headline, company…). */
  setProfile(patch: Partial<LinkedInProfile>): void;
  setPosts(posts: LinkedInPost[]): void;
  /** LinkedIn ended the session on its side: cookies stay in the browser, pages go to /login. */
  signOut(): void;
  /** Member pages go to /checkpoint/challenge/… (a security check). */
  challenge(): void;
  /** Member pages show LinkedIn's restricted-account notice (HTTP 403). */
  block(): void;
  /** Member pages answer 429, or 999 "Request denied", with the "very high number of pages" notice. */
  rateLimit(status?: 429 | 999): void;
  /** Every page and Voyager answer waits this long first. */
  slow(ms: number): void;
  /** profilePrivacySettings no longer carries this field. */
  dropField(name: string): void;
  /** This settings page answers 404 (LinkedIn moved it), e.g. `removePage(SETTINGS_SLUGS.phone)`. */
  removePage(slug: string): void;
  /** A redesign: no embedded datalets (the page fetches the settings itself), and the connections switch reworded. */
  changeMarkup(): void;
  /** LinkedIn shown in another language: `<html lang>` and labels (German). */
  setLanguage(language: 'en' | 'de'): void;
  /** Logged-out visitors get the authwall even with the public profile on. */
  loginWall(on?: boolean): void;
  /** Logged-out visitors get 999 "Request denied" instead of the profile. */
  denyStrangers(on?: boolean): void;
  /** Member pages load as usual (HTTP 200), then LinkedIn's app draws this notice instead of the page. */
  lateGate(gate: LinkedInLateGate): void;
  /** LinkedIn stops sending /voyager/api/me (embedded or asked for): who is signed in shows only on the pages. */
  dropMe(): void;
  /** Turn on variation switches (main/demo/variations.ts); `vary()` turns them all off. */
  vary(...variations: Variation[]): void;
  /** End the failures: mode ok, fast, every field, current markup, English, no late notice, no variation. Settings and sessions stay. */
  restore(): void;
  /** Everything but sessions back to how the emulator was created. */
  reset(): void;
  issueSessionCookies(): EmulatorCookie[];
}

export function createLinkedInEmulator(initial: LinkedInInit = {}): LinkedInEmulator {
  const state = createLinkedInState(initial);
  const emulator: Emulator = {
    name: 'linkedin',
    hosts: [...LINKEDIN_HOSTS, ...LINKEDIN_REDIRECT_HOSTS],
    async handle(req, res, url) {
      if (url.hostname === 'www.linkedin.com') await handleWww(state, req, res, url);
      else if (url.hostname === 'linkedin.com') redirect(res, `https://www.linkedin.com${url.pathname}${url.search}`, 301);
      else handleLicdn(res, url);
    },
  };
  return {
    emulator,
    state,
    get credentials() { return { email: state.profile.email, password: state.profile.password }; },
    set(patch) { Object.assign(state.settings, patch); },
    setProfile(patch) { Object.assign(state.profile, patch); },
    setPosts(posts) { state.posts = posts.map((p) => ({ ...p })); },
    signOut() { state.sessions.clear(); },
    challenge() { state.mode = 'challenge'; },
    block() { state.mode = 'restricted'; },
    rateLimit(status = 429) { state.mode = status === 429 ? 'rate-limited-429' : 'rate-limited-999'; },
    slow(ms) { state.delayMs = ms; },
    dropField(name) { if (!state.droppedFields.includes(name)) state.droppedFields.push(name); },
    removePage(slug) { if (!state.missingPages.includes(slug)) state.missingPages.push(slug); },
    changeMarkup() { state.markup = 'changed'; },
    setLanguage(language) { state.language = language; },
    loginWall(on = true) { state.strangerLoginWall = on; },
    denyStrangers(on = true) { state.strangerDenied = on; },
    lateGate(gate) { state.lateGate = gate; },
    dropMe() { state.meGone = true; },
    vary(...variations) { state.variations = new Set(variations); },
    restore() {
      Object.assign(state, { mode: 'ok', delayMs: 0, droppedFields: [], missingPages: [], markup: 'current', language: 'en', lateGate: null, meGone: false, variations: new Set() });
    },
    reset() {
      const fresh = createLinkedInState(initial);
      Object.assign(state, {
        profile: fresh.profile, settings: fresh.settings, posts: fresh.posts, mode: fresh.mode, delayMs: fresh.delayMs,
        droppedFields: fresh.droppedFields, missingPages: fresh.missingPages, markup: fresh.markup, language: fresh.language, strangerLoginWall: fresh.strangerLoginWall,
        strangerDenied: fresh.strangerDenied, lateGate: fresh.lateGate, meGone: fresh.meGone, variations: fresh.variations,
      });
    },
    issueSessionCookies() { return sessionCookies(issueSession(state)); },
  };
}
