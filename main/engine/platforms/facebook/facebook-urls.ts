/** Facebook's real addresses (research §1). Tests point these host names at an emulator; the reader never changes. */
export const FACEBOOK_SIGN_IN_URL = 'https://www.facebook.com/login/';
/** Facebook sends a signed-in visitor from /me to their own profile, under its vanity address or profile.php?id=. */
export const FACEBOOK_ME_URL = 'https://www.facebook.com/me';

export function settingsTabUrl(tab: string): string {
  return `https://www.facebook.com/settings/?tab=${tab}`;
}

/** Where Facebook sends a visitor without a live session (`/login/`, `/login.php`). */
export const LOGIN_URL_PATTERN = /^https:\/\/(?:(?:www|m|web)\.)?facebook\.com\/login(?:\.php|\/)?(?:[/?#]|$)/;
/** Where Facebook sends an account it wants to check (captcha, identity confirmation). */
export const CHECKPOINT_URL_PATTERN = /^https:\/\/(?:(?:www|m|web)\.)?facebook\.com\/checkpoint(?:[/?#]|$)/;

/** Paths under www.facebook.com that are never a person's profile. */
const NOT_PROFILES = new Set(['login', 'login.php', 'checkpoint', 'settings', 'home.php', 'me', 'help', 'pages', 'groups', 'watch', 'marketplace']);

/**
 * The handle in a profile address: the vanity name (`/amina.rahman`) or the numeric id of
 * `profile.php?id=`. Null for any other address.
 */
export function handleFromProfileUrl(href: string): string | null {
  if (!URL.canParse(href)) return null;
  const url = new URL(href);
  if (!/^(?:(?:www|m|web)\.)?facebook\.com$/.test(url.hostname)) return null;
  if (url.pathname === '/profile.php') {
    const id = url.searchParams.get('id');
    return id !== null && /^\d+$/.test(id) ? id : null;
  }
  const name = /^\/([A-Za-z0-9.]{5,50})\/?$/.exec(url.pathname)?.[1];
  return name === undefined || NOT_PROFILES.has(name.toLowerCase()) ? null : name;
}

/** The public address of a profile, for the stranger view. */
export function profileUrl(handle: string): string {
  return /^\d+$/.test(handle)
    ? `https://www.facebook.com/profile.php?id=${handle}`
    : `https://www.facebook.com/${encodeURIComponent(handle)}`;
}
