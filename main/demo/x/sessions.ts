import { randomBytes } from 'node:crypto';
import { FIVE_YEARS_S } from '../cookies.ts';
import type { EmulatorCookie } from '../types.ts';
import type { XSession, XState } from './state.ts';

export type { EmulatorCookie } from '../types.ts';


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

export function newGuestToken(state: XState): string {
  const token = `1${String(Date.now())}${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`;
  state.guestTokens.add(token);
  return token;
}
