import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setCookieHeaders } from '../cookies.ts';
import { header, parseCookies, readBody, sendHtml, sendJson } from '../http-util.ts';
import { page } from './html.ts';
import { issueSession, sessionCookies } from './sessions.ts';
import type { ThreadsState } from './state.ts';

export const LOGIN_PATH = '/login';
export const LOGIN_API_PATH = '/api/v1/web/accounts/login/ajax/';
export const WRONG_PASSWORD = 'Sorry, your password was incorrect. Please double-check your password.';

/**
 * The page's own script: posts the form to the login endpoint with the CSRF cookie as a header
 * (as Instagram's web login does), then follows `next` or shows Threads' message.
 */
const LOGIN_SCRIPT = `<script>
document.querySelector('form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const csrf = (/(?:^|; )csrftoken=([^;]*)/.exec(document.cookie) || [])[1] || '';
  const body = new URLSearchParams({
    username: form.username.value,
    enc_password: '#PWD_INSTAGRAM_BROWSER:0:' + Math.floor(Date.now() / 1000) + ':' + form.password.value,
  });
  const answer = await fetch('${LOGIN_API_PATH}', { method: 'POST', body, credentials: 'include', headers: { 'x-csrftoken': csrf, 'x-ig-app-id': '238260118697367' } });
  const json = await answer.json();
  if (json.authenticated) {
    location.assign(new URLSearchParams(location.search).get('next') || '/');
  } else {
    const alert = document.querySelector('[role=alert]');
    alert.textContent = json.message || ${JSON.stringify(WRONG_PASSWORD)};
    alert.hidden = false;
  }
});
</script>`;

/** https://www.threads.com/login: "Log in with your Instagram account". Sets the csrftoken cookie. */
export function loginPage(state: ThreadsState, req: IncomingMessage, res: ServerResponse): void {
  const csrf = parseCookies(req).get('csrftoken') ?? randomBytes(16).toString('hex');
  const headers = { 'set-cookie': `csrftoken=${csrf}; Path=/; Domain=.threads.com; Secure; SameSite=Lax` };
  sendHtml(res, 200, page({
    title: 'Log in • Threads', language: state.language, viewer: null,
    body: `<h1>Log in with your Instagram account</h1>
<form method="post" action="${LOGIN_API_PATH}">
  <input name="username" autocomplete="username" aria-label="Username, phone or email" placeholder="Username, phone or email">
  <input name="password" type="password" autocomplete="current-password" aria-label="Password" placeholder="Password">
  <button type="submit">Log in</button>
  <div role="alert" hidden></div>
</form>
<p><a href="https://www.instagram.com/accounts/password/reset/">Forgot password?</a></p>`,
    scripts: LOGIN_SCRIPT,
  }), headers);
}

/** POST /api/v1/web/accounts/login/ajax/: Instagram's answer shape; success sets the session cookies. */
export async function loginApi(state: ThreadsState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const csrf = parseCookies(req).get('csrftoken');
  if (csrf === undefined || header(req, 'x-csrftoken') !== csrf) {
    sendJson(res, 403, { message: 'CSRF token missing or incorrect', status: 'fail' });
    return;
  }
  const form = new URLSearchParams(await readBody(req));
  const username = (form.get('username') ?? '').trim().toLowerCase();
  const password = /^#PWD_INSTAGRAM_BROWSER:0:\d+:(.*)$/s.exec(form.get('enc_password') ?? '')?.[1];
  if (username !== state.account.username.toLowerCase()) {
    sendJson(res, 200, { user: false, authenticated: false, message: `The username you entered doesn't belong to an account. Please check your username and try again.`, status: 'ok' });
    return;
  }
  if (password !== state.account.password) {
    sendJson(res, 200, { user: true, authenticated: false, message: WRONG_PASSWORD, status: 'ok' });
    return;
  }
  const cookies = sessionCookies(issueSession(state));
  res.setHeader('set-cookie', setCookieHeaders(cookies));
  sendJson(res, 200, { user: true, userId: state.account.pk, authenticated: true, oneTapPrompt: false, status: 'ok' });
}
