import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { FIVE_YEARS_S } from '../cookies.ts';
import { parseCookies } from '../http-util.ts';
import type { EmulatorCookie } from '../types.ts';
import type { LinkedInSession, LinkedInState } from './state.ts';

export function issueSession(state: LinkedInState): LinkedInSession {
  const session: LinkedInSession = {
    liAt: `AQEDAR${randomBytes(48).toString('base64url')}`,
    jsessionId: `ajax:${String(Math.floor(Math.random() * 1e18)).padStart(19, '0')}`,
  };
  state.sessions.set(session.liAt, session);
  return session;
}

/** li_at (the session, HttpOnly) and JSESSIONID (quoted; its value is the CSRF token the app sends). */
export function sessionCookies(session: LinkedInSession): EmulatorCookie[] {
  const expires = Math.floor(Date.now() / 1000) + FIVE_YEARS_S;
  return [
    { name: 'li_at', value: session.liAt, domain: '.www.linkedin.com', path: '/', secure: true, httpOnly: true, sameSite: 'None', expires },
    { name: 'JSESSIONID', value: `"${session.jsessionId}"`, domain: '.www.linkedin.com', path: '/', secure: true, httpOnly: false, sameSite: 'None', expires },
  ];
}

export type Visitor = { kind: 'member'; session: LinkedInSession } | { kind: 'expired' } | { kind: 'guest' };

/** Who is asking: a live session, a browser whose session LinkedIn has ended, or a guest. */
export function visitorOf(state: LinkedInState, req: IncomingMessage): Visitor {
  const liAt = parseCookies(req).get('li_at');
  if (liAt === undefined || liAt === '') return { kind: 'guest' };
  const session = state.sessions.get(liAt);
  return session === undefined ? { kind: 'expired' } : { kind: 'member', session };
}

/** JSESSIONID's value without its quotes, as the app puts it in `csrf-token`. */
export function csrfOf(req: IncomingMessage): string | undefined {
  return parseCookies(req).get('JSESSIONID')?.replace(/^"|"$/g, '');
}
