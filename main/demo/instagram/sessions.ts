import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { FIVE_YEARS_S } from '../cookies.ts';
import { parseCookies } from '../http-util.ts';
import type { EmulatorCookie } from '../types.ts';
import type { InstagramSession, InstagramState } from './state.ts';

export function issueSession(state: InstagramState): InstagramSession {
  const session = { sessionId: `${state.account.id}%3A${randomBytes(12).toString('hex')}%3A12`, userId: state.account.id };
  state.sessions.set(session.sessionId, session);
  return session;
}

/** The cookies Instagram sets at sign-in: sessionid (HttpOnly), ds_user_id and csrftoken (both readable by the page). */
export function sessionCookies(session: InstagramSession, csrf = newCsrfToken()): EmulatorCookie[] {
  const expires = Math.floor(Date.now() / 1000) + FIVE_YEARS_S;
  const base = { domain: '.instagram.com', path: '/', secure: true, expires };
  return [
    { ...base, name: 'sessionid', value: session.sessionId, httpOnly: true, sameSite: 'Lax' },
    { ...base, name: 'ds_user_id', value: session.userId, httpOnly: false, sameSite: 'Lax' },
    { ...base, name: 'csrftoken', value: csrf, httpOnly: false, sameSite: 'Lax' },
  ];
}

export function newCsrfToken(): string {
  return randomBytes(16).toString('hex');
}

/** The live session the request's cookies name, or null. */
export function sessionOf(state: InstagramState, req: IncomingMessage): InstagramSession | null {
  const id = parseCookies(req).get('sessionid');
  const session = id === undefined ? undefined : state.sessions.get(id);
  return session?.userId === state.account.id ? session : null;
}
