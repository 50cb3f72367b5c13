import type { EmulatorCookie } from './types.ts';

/** How long the emulated platforms keep a session cookie (long, as the real ones do). */
export const FIVE_YEARS_S = 5 * 365 * 24 * 60 * 60;

/** `Set-Cookie` header values for cookies, as a platform's login response sends them. */
export function setCookieHeaders(cookies: EmulatorCookie[]): string[] {
  return cookies.map((c) => [
    `${c.name}=${c.value}`,
    `Max-Age=${String(FIVE_YEARS_S)}`,
    `Expires=${new Date(c.expires * 1000).toUTCString()}`,
    `Path=${c.path}`,
    `Domain=${c.domain}`,
    'Secure',
    ...(c.httpOnly ? ['HttpOnly'] : []),
    `SameSite=${c.sameSite}`,
  ].join('; '));
}
