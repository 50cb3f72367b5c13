import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { FIVE_YEARS_S } from '../cookies.ts';
import { parseCookies } from '../http-util.ts';
import type { EmulatorCookie } from '../types.ts';
import type { FacebookSession, FacebookState } from './state.ts';

export function issueSession(state: FacebookState): FacebookSession {
  const session: FacebookSession = {
    xs: `${String(Math.floor(Math.random() * 50))}%3A${randomBytes(12).toString('base64url')}%3A2%3A${String(Math.floor(Date.now() / 1000))}`,
    userId: state.account.id,
    dtsg: `NA${randomBytes(16).toString('base64url')}:0:0`,
  };
  state.sessions.set(session.xs, session);
  return session;
}

/** c_user (the user id, readable) and xs (the session secret, HttpOnly) on .facebook.com, plus datr. */
export function sessionCookies(session: FacebookSession): EmulatorCookie[] {
  const expires = Math.floor(Date.now() / 1000) + FIVE_YEARS_S;
  const base = { domain: '.facebook.com', path: '/', secure: true, expires, sameSite: 'None' as const };
  return [
    { ...base, name: 'c_user', value: session.userId, httpOnly: false },
    { ...base, name: 'xs', value: session.xs, httpOnly: true },
    { ...base, name: 'datr', value: randomBytes(18).toString('base64url'), httpOnly: true },
  ];
}

/** The live session the request's cookies name, or null (none, or ended on Facebook's side). */
export function sessionOf(state: FacebookState, req: IncomingMessage): FacebookSession | null {
  const cookies = parseCookies(req);
  const xs = cookies.get('xs');
  const session = xs === undefined ? undefined : state.sessions.get(xs);
  return session !== undefined && cookies.get('c_user') === session.userId ? session : null;
}
