import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { FIVE_YEARS_S } from '../cookies.ts';
import { parseCookies } from '../http-util.ts';
import type { EmulatorCookie } from '../types.ts';
import type { ThreadsSession, ThreadsState } from './state.ts';

export function issueSession(state: ThreadsState): ThreadsSession {
  const session: ThreadsSession = {
    sessionId: `${state.account.pk}%3A${randomBytes(12).toString('hex')}%3A8`,
    csrfToken: randomBytes(16).toString('hex'),
    userId: state.account.pk,
  };
  state.sessions.set(session.sessionId, session);
  return session;
}

/** The Instagram-style cookies Threads sets at log-in: sessionid (HttpOnly), csrftoken and ds_user_id. */
export function sessionCookies(session: ThreadsSession): EmulatorCookie[] {
  const expires = Math.floor(Date.now() / 1000) + FIVE_YEARS_S;
  const base = { domain: '.threads.com', path: '/', secure: true, expires };
  return [
    { ...base, name: 'sessionid', value: session.sessionId, httpOnly: true, sameSite: 'Lax' },
    { ...base, name: 'csrftoken', value: session.csrfToken, httpOnly: false, sameSite: 'Lax' },
    { ...base, name: 'ds_user_id', value: session.userId, httpOnly: false, sameSite: 'Lax' },
  ];
}

/** The live session the request's cookies name, or null (no cookie, or ended on the server). */
export function sessionOf(state: ThreadsState, req: IncomingMessage): ThreadsSession | null {
  const id = parseCookies(req).get('sessionid');
  return id === undefined ? null : state.sessions.get(id) ?? null;
}
