/** Instagram's real addresses. Tests point these host names at an emulator; the reader never changes. */
export const INSTAGRAM_ORIGIN = 'https://www.instagram.com';
export const INSTAGRAM_PRIVACY_URL = `${INSTAGRAM_ORIGIN}/accounts/privacy_setting/`;
export const INSTAGRAM_ACTIVITY_STATUS_URL = `${INSTAGRAM_ORIGIN}/accounts/activity_status/`;
export const INSTAGRAM_EDIT_PROFILE_URL = `${INSTAGRAM_ORIGIN}/accounts/edit/`;
export const INSTAGRAM_SIGN_IN_URL = `${INSTAGRAM_ORIGIN}/accounts/login/`;

/** The public web app id Instagram's own pages send as X-IG-App-ID (instagrapi PUBLIC_WEB_APP_ID). */
export const INSTAGRAM_WEB_APP_ID = '936619743392459';

export function profileUrl(username: string): string {
  return `${INSTAGRAM_ORIGIN}/${encodeURIComponent(username)}/`;
}

const WEB_HOSTS = new Set(['www.instagram.com', 'instagram.com', 'i.instagram.com']);

/** `GET /api/v1/web/accounts/edit/web_form_data/` (newer) or `/api/v1/accounts/edit/web_form_data/` (older). */
export function isWebFormData(url: URL, method: string): boolean {
  return method === 'GET' && WEB_HOSTS.has(url.hostname)
    && /^\/api\/v1\/(?:web\/)?accounts\/edit\/web_form_data\/?$/.test(url.pathname);
}

/** `GET /api/v1/users/web_profile_info/?username=<u>`, for one username only. */
export function isWebProfileInfoFor(username: string | null): (url: URL, method: string) => boolean {
  return (url, method) => method === 'GET' && WEB_HOSTS.has(url.hostname)
    && /^\/api\/v1\/users\/web_profile_info\/?$/.test(url.pathname)
    && (username === null || (url.searchParams.get('username') ?? '').toLowerCase() === username.toLowerCase());
}

/** Where Instagram sends a visitor without a session. */
export const LOGIN_URL_PATTERN = /^https:\/\/(?:www\.)?instagram\.com\/accounts\/login(?:[/?#]|$)/;
/** Where Instagram sends an account it wants to check (checkpoint or challenge). */
export const CHALLENGE_URL_PATTERN = /^https:\/\/(?:www\.)?instagram\.com\/(?:challenge|accounts\/suspended|checkpoint)(?:[/?#]|$)/;
