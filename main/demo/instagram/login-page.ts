import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookies, redirect, sendHtml } from '../http-util.ts';
import { LOGIN_AJAX_PATH } from './constants.ts';
import { newCsrfToken, sessionOf } from './sessions.ts';
import type { InstagramState } from './state.ts';

const LOGIN_SCRIPT = `(() => {
  const form = document.getElementById('loginForm');
  const alertBox = document.getElementById('slfErrorAlert');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const csrf = (document.cookie.match(/(?:^|; )csrftoken=([^;]*)/) || [])[1] || '';
    const body = new URLSearchParams({
      username: form.elements.username.value,
      enc_password: '#PWD_INSTAGRAM_BROWSER:0:' + Math.floor(Date.now() / 1000) + ':' + form.elements.password.value,
      queryParams: '{}', optIntoOneTap: 'false',
    });
    const r = await fetch('${LOGIN_AJAX_PATH}', { method: 'POST', body, credentials: 'include',
      headers: { 'X-CSRFToken': csrf, 'X-IG-App-ID': '936619743392459', 'X-Requested-With': 'XMLHttpRequest' } });
    const answer = await r.json();
    if (answer.authenticated) {
      const next = new URLSearchParams(location.search).get('next');
      location.assign(next && next.startsWith('/') ? next : '/');
      return;
    }
    alertBox.hidden = false;
    alertBox.textContent = answer.user === false
      ? "The username you entered doesn't belong to an account. Please check your username and try again."
      : 'Sorry, your password was incorrect. Please double-check your password.';
  });
})();`;

/** /accounts/login/: Instagram's login form. Sets csrftoken first, as the real page does; a live session goes home. */
export function loginPage(state: InstagramState, req: IncomingMessage, res: ServerResponse): void {
  if (sessionOf(state, req) !== null) { redirect(res, '/'); return; }
  const headers: Record<string, string> = parseCookies(req).has('csrftoken') ? {}
    : { 'set-cookie': `csrftoken=${newCsrfToken()}; Max-Age=31449600; Path=/; Domain=.instagram.com; Secure; SameSite=Lax` };
  sendHtml(res, 200, `<!DOCTYPE html>
<html lang="en" class="js not-logged-in client-root">
<head><meta charset="utf-8"><title>Login • Instagram</title></head>
<body><main>
<h1>Instagram</h1>
<form id="loginForm" method="post">
<label>Phone number, username, or email <input name="username" autocomplete="username" aria-label="Phone number, username, or email"></label>
<label>Password <input name="password" type="password" autocomplete="current-password" aria-label="Password"></label>
<button type="submit">Log in</button>
<div id="slfErrorAlert" role="alert" hidden></div>
</form>
</main>
<script>${LOGIN_SCRIPT}</script>
</body></html>`, headers);
}
