import { redirect, sendPixel, sendScript } from '../http-util.ts';
import type { Emulator, EmulatorCookie, PlatformEmulator } from '../types.ts';
import { CLIENT_SCRIPT } from './client-script.ts';
import { sendHtml } from '../http-util.ts';
import { issueSession, sessionCookies, sessionOf } from './sessions.ts';
import { createFacebookState } from './state.ts';
import type { FacebookAccount, FacebookInit, FacebookPost, FacebookSettingKey, FacebookSettings, FacebookState } from './state.ts';
import { handleWww } from './www.ts';
import { document, esc } from './html.ts';
import type { Variation } from '../variations.ts';

export { signInToFacebook, type FacebookCredentials } from './sign-in.ts';
export { CHECKPOINT_PATH } from './www.ts';
export { CLIENT_SCRIPT_URL } from './html.ts';
export { WRONG_PASSWORD } from './login.ts';
export type { FacebookAccount, FacebookChange, FacebookInit, FacebookMode, FacebookPost, FacebookSettingKey, FacebookSettings, FacebookState } from './state.ts';
export { DEFAULT_FACEBOOK_ACCOUNT, DEFAULT_FACEBOOK_POSTS, DEFAULT_FACEBOOK_SETTINGS } from './state.ts';

/** Hosts the emulator answers for (connect.facebook.net is a tracker: the third-party emulator's). */
export const FACEBOOK_EMULATED_HOSTS = [
  'www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com', 'accountscenter.facebook.com', 'static.xx.fbcdn.net',
] as const;

export interface FacebookEmulator extends PlatformEmulator {
  /** Live state; the helpers below are the readable way to change it. */
  state: FacebookState;
  /** What signInToFacebook needs (follows setProfile). */
  readonly credentials: { email: string; password: string };
  /** Change settings, e.g. `facebook.set({ future_posts_audience: 'friends' })`. */
  set(patch: Partial<FacebookSettings>): void;
  setProfile(patch: Partial<FacebookAccount>): void;
  setPosts(posts: FacebookPost[]): void;
  /** Facebook ended the sessions on its side: cookies stay, pages send the browser to /login. */
  signOut(): void;
  /** Signed-in pages redirect to /checkpoint/… (a security check). */
  challenge(): void;
  /** Signed-in pages show "You're temporarily blocked / You can't use this feature right now". */
  block(): void;
  /** Signed-in pages answer 429 with the "going too fast" page. */
  rateLimit(): void;
  /** Every www.facebook.com answer waits this long first. */
  slow(ms: number): void;
  /** The redesign: titles lose span[dir=auto] and the search-engine question is reworded. */
  changeMarkup(): void;
  /** The page in another language (real French labels, `<html lang="fr">`). */
  setLanguage(language: FacebookState['language']): void;
  /** The 2019 wording of the look-up rows (and no "No one" option). */
  useOldLabels(on?: boolean): void;
  /** A row Facebook no longer shows, e.g. 'friend_requests_from'. */
  hideRow(setting: FacebookSettingKey): void;
  /** Turn on variation switches (main/demo/variations.ts); restore() turns them off. */
  vary(...variations: Variation[]): void;
  /** End the failures: ok mode, fast, current markup and labels, English, every row. Settings and sessions stay. */
  restore(): void;
  /** Everything but sessions back to how the emulator was created; the change log is emptied. */
  reset(): void;
  issueSessionCookies(): EmulatorCookie[];
}

export function createFacebookEmulator(initial: FacebookInit = {}): FacebookEmulator {
  const state = createFacebookState(initial);
  const emulator: Emulator = {
    name: 'facebook',
    hosts: [...FACEBOOK_EMULATED_HOSTS],
    async handle(req, res, url) {
      const host = url.hostname;
      if (host === 'www.facebook.com') await handleWww(state, req, res, url);
      else if (host === 'static.xx.fbcdn.net') {
        if (url.pathname.endsWith('.js')) sendScript(res, CLIENT_SCRIPT);
        else sendPixel(res);
      } else if (host === 'accountscenter.facebook.com') {
        const session = sessionOf(state, req);
        if (session === null) redirect(res, `https://www.facebook.com/login/?next=${encodeURIComponent(url.href)}`);
        else sendHtml(res, 200, document({ lang: 'en', title: 'Accounts Center', body: `<div role="main"><h1>Personal details</h1><span dir="auto">Name</span><span dir="auto">${esc(state.account.name)}</span></div>` }));
      } else {
        // facebook.com, m.facebook.com and web.facebook.com all send the browser to www.
        redirect(res, `https://www.facebook.com${url.pathname}${url.search}`, 301);
      }
    },
  };
  return {
    emulator,
    state,
    get credentials() { return { email: state.account.email, password: state.account.password }; },
    set(patch) { Object.assign(state.settings, patch); },
    setProfile(patch) { Object.assign(state.account, patch); },
    setPosts(posts) { state.posts = posts.map((p) => ({ ...p })); },
    signOut() { state.sessions.clear(); },
    challenge() { state.mode = 'checkpoint'; },
    block() { state.mode = 'blocked'; },
    rateLimit() { state.mode = 'rate-limited'; },
    slow(ms) { state.delayMs = ms; },
    changeMarkup() { state.markup = 'changed'; },
    setLanguage(language) { state.language = language; },
    useOldLabels(on = true) { state.labels = on ? '2019' : '2026'; },
    hideRow(setting) { if (!state.hiddenRows.includes(setting)) state.hiddenRows.push(setting); },
    vary(...variations) { for (const v of variations) state.variations.add(v); },
    restore() {
      Object.assign(state, { mode: 'ok', delayMs: 0, markup: 'current', labels: '2026', language: 'en', hiddenRows: [], variations: new Set() });
    },
    reset() {
      const fresh = createFacebookState(initial);
      Object.assign(state, {
        account: fresh.account, settings: fresh.settings, posts: fresh.posts, mode: fresh.mode, delayMs: fresh.delayMs,
        markup: fresh.markup, labels: fresh.labels, language: fresh.language, hiddenRows: fresh.hiddenRows,
        variations: fresh.variations, changes: [],
      });
    },
    issueSessionCookies() { return sessionCookies(issueSession(state)); },
  };
}
