/** LinkedIn's real addresses. Tests point these host names at an emulator; the reader never changes. */
export const LINKEDIN_VISIBILITY_URL = 'https://www.linkedin.com/mypreferences/d/categories/visibility';
export const LINKEDIN_SIGN_IN_URL = 'https://www.linkedin.com/login';

/** LinkedIn's shortcut to the signed-in member's own profile. */
export const OWN_PROFILE_URL = 'https://www.linkedin.com/in/me/';

export function profileUrl(vanity: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(vanity)}/`;
}

const WEB_HOSTS = new Set(['www.linkedin.com', 'linkedin.com']);

/** Voyager's `identity/dash/profilePrivacySettings` (any PrivacySettings decoration version). */
export function isPrivacySettingsRequest(url: URL): boolean {
  return WEB_HOSTS.has(url.hostname) && url.pathname === '/voyager/api/identity/dash/profilePrivacySettings';
}

/** Voyager's `/voyager/api/me`: the signed-in member. */
export function isMeRequest(url: URL): boolean {
  return WEB_HOSTS.has(url.hostname) && url.pathname === '/voyager/api/me';
}

/**
 * A settings page the reader may follow a link to: the current /mypreferences/ pages, the
 * 2019-era /psettings/ ones (which still redirect), on LinkedIn itself.
 */
export function isSettingsPage(url: URL): boolean {
  return url.protocol === 'https:' && WEB_HOSTS.has(url.hostname) && /^\/(?:mypreferences|psettings)\//.test(url.pathname);
}

/** Where LinkedIn sends a browser without a live session. */
export const SIGNED_OUT_URL = /^https:\/\/(?:www\.)?linkedin\.com\/(?:login|uas\/login|authwall|signup|checkpoint\/lg\/login)(?:[/?#]|$)/;
/** Where LinkedIn sends a member it wants to verify. */
export const CHALLENGE_URL = /^https:\/\/(?:www\.)?linkedin\.com\/checkpoint\/challenge(?:[/?#]|$)/;
/** The logged-out wall in front of profiles. */
export const AUTHWALL_URL = /^https:\/\/(?:www\.)?linkedin\.com\/(?:authwall|signup|login|uas\/login)(?:[/?#]|$)/;
