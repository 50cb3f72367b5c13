/** X's real addresses. Tests point these host names at an emulator; the reader never changes. */
export const X_SETTINGS_HUB_URL = 'https://x.com/settings/privacy_and_safety';
export const X_SIGN_IN_URL = 'https://x.com/i/flow/login';

export function profileUrl(handle: string): string {
  return `https://x.com/${encodeURIComponent(handle)}`;
}

/** Hosts that serve X's web pages (and, under /i/api, some of its data). */
const WEB_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com']);
const API_HOSTS = new Set(['api.x.com', 'api.twitter.com']);

/** The app's own `GET https://api.x.com/1.1/account/settings.json…` (also served as x.com/i/api/1.1/…). */
export function isSettingsJson(url: URL, method: string): boolean {
  if (method !== 'GET') return false;
  return (API_HOSTS.has(url.hostname) && url.pathname === '/1.1/account/settings.json')
    || (WEB_HOSTS.has(url.hostname) && url.pathname === '/i/api/1.1/account/settings.json');
}

/** `…/graphql/<query id>/UserByScreenName`, on x.com (`/i/api/graphql`) or api.x.com. */
export function isUserByScreenName(url: URL, method: string): boolean {
  return method === 'GET'
    && (WEB_HOSTS.has(url.hostname) || API_HOSTS.has(url.hostname))
    && /\/graphql\/[^/]+\/UserByScreenName$/.test(url.pathname);
}

/** Where X sends a visitor without a session. */
export const LOGIN_URL_PATTERN = /^https:\/\/(?:[a-z]+\.)?(?:x|twitter)\.com\/(?:i\/flow\/login|login)(?:[/?#]|$)/;
/** Where X sends a locked account (captcha, phone or email confirmation). */
export const CHALLENGE_URL_PATTERN = /^https:\/\/(?:[a-z]+\.)?(?:x|twitter)\.com\/account\/access(?:[/?#]|$)/;
