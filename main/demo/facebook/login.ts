import type { IncomingMessage, ServerResponse } from 'node:http';
import { setCookieHeaders } from '../cookies.ts';
import { readBody, sendHtml } from '../http-util.ts';
import { loginPage } from './block-pages.ts';
import { issueSession, sessionCookies } from './sessions.ts';
import type { FacebookState } from './state.ts';

export const WRONG_PASSWORD = "The password that you've entered is incorrect.";
export const UNKNOWN_ACCOUNT = "The email address or mobile number you entered isn't connected to an account.";

/** POST /login/device-based/regular/login/: email (or username) and password; success sets the session cookies. */
export async function handleLogin(state: FacebookState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = new URLSearchParams(await readBody(req));
  const who = (form.get('email') ?? '').trim().toLowerCase();
  const next = safeNext(form.get('next'));
  const { account } = state;
  const known = who === account.email.toLowerCase() || (account.username !== null && who === account.username.toLowerCase());
  if (!known) { sendHtml(res, 200, loginPage(next, UNKNOWN_ACCOUNT)); return; }
  if (form.get('pass') !== account.password) { sendHtml(res, 200, loginPage(next, WRONG_PASSWORD)); return; }
  const session = issueSession(state);
  res.writeHead(302, {
    location: next ?? 'https://www.facebook.com/',
    'set-cookie': setCookieHeaders(sessionCookies(session)),
    'cache-control': 'no-store',
  }).end();
}

/** Only Facebook's own pages may be returned to after login. */
export function safeNext(next: string | null): string | null {
  if (next === null || !URL.canParse(next)) return null;
  return new URL(next).hostname === 'www.facebook.com' ? next : null;
}
