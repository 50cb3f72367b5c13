import { randomBytes } from 'node:crypto';
import type { XSession, XState } from './state.ts';

const FIVE_YEARS_S = 5 * 365 * 24 * 60 * 60;

/** A cookie as a browser automation API takes it (fits puppeteer's CookieData). */
export interface EmulatorCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: 'None' | 'Lax' | 'Strict';
  expires: number;
}

export function issueSession(state: XState): XSession {
  const session: XSession = {
    authToken: randomBytes(20).toString('hex'),
    ct0: randomBytes(80).toString('hex'),
    userId: state.account.id,
  };
  state.sessions.set(session.authToken, session);
  return session;
}

/** The three cookies X sets at sign-in: auth_token (HttpOnly), ct0 (CSRF, readable) and twid (user id). */
export function sessionCookies(session: XSession): EmulatorCookie[] {
  const expires = Math.floor(Date.now() / 1000) + FIVE_YEARS_S;
  const base = { domain: '.x.com', path: '/', secure: true, expires };
  return [
    { ...base, name: 'auth_token', value: session.authToken, httpOnly: true, sameSite: 'None' },
    { ...base, name: 'ct0', value: session.ct0, httpOnly: false, sameSite: 'Lax' },
    { ...base, name: 'twid', value: `u%3D${session.userId}`, httpOnly: false, sameSite: 'None' },
  ];
}

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

export function newGuestToken(state: XState): string {
  const token = `1${String(Date.now())}${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`;
  state.guestTokens.add(token);
  return token;
}
