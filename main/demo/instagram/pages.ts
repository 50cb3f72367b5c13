import type { IncomingMessage, ServerResponse } from 'node:http';
import { delay, parseCookies, redirect, sendHtml, sendPixel } from '../http-util.ts';
import { loginAjax, webFormData, webProfileInfo } from './api.ts';
import { FORM_DATA_PATHS, LOGIN_AJAX_PATH, PROFILE_INFO_PATH, SETTINGS_PATHS } from './constants.ts';
import type { SettingsPageName } from './constants.ts';
import { loginPage } from './login-page.ts';
import { notFoundPage, profilePage } from './profile-page.ts';
import { sessionOf } from './sessions.ts';
import { settingsContent } from './settings-pages.ts';
import { settingsHtml, simpleHtml } from './shell.ts';
import type { InstagramState } from './state.ts';

const PAGE_BY_PATH = new Map<string, SettingsPageName>(Object.entries(SETTINGS_PATHS).map(([name, path]) => [path, name as SettingsPageName]));

/** www.instagram.com: the API under /api/v1, the login and account-check pages, settings, profiles. */
export async function handleWww(state: InstagramState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  await delay(state.delayMs);
  const path = url.pathname;
  if (path.startsWith('/api/')) await delay(state.apiDelayMs);
  if (FORM_DATA_PATHS.includes(path) && req.method === 'GET') { webFormData(state, req, res); return; }
  if (path === PROFILE_INFO_PATH && req.method === 'GET') { webProfileInfo(state, req, res, url); return; }
  if (path === LOGIN_AJAX_PATH && req.method === 'POST') { await loginAjax(state, req, res); return; }
  if (req.method !== 'GET') { res.writeHead(405).end(); return; }
  if (path === '/favicon.ico') { sendPixel(res); return; }
  if (path === '/accounts/login/') { loginPage(state, req, res); return; }
  const signedIn = sessionOf(state, req) !== null;
  if (path.startsWith('/challenge/')) {
    sendHtml(res, 200, simpleHtml('Confirm it’s you • Instagram', '<h2>Help us confirm it’s you</h2><p>We noticed unusual activity on your account.</p>'));
    return;
  }
  const settingsPage = PAGE_BY_PATH.get(path);
  if (settingsPage !== undefined || path === '/') {
    if (!signedIn) { redirect(res, `/accounts/login/?next=${encodeURIComponent(path)}`); return; }
    if (settingsPage === undefined) { sendHtml(res, 200, simpleHtml('Instagram', '<h2>Home</h2>', 'logged-in')); return; }
    sendHtml(res, 200, settingsHtml(state, settingsPage, settingsContent(state, settingsPage), parseCookies(req).has('ig_cb')));
    return;
  }
  const own = `/${state.account.username.toLowerCase()}`;
  if (path.toLowerCase() === `${own}/`) { profilePage(state, req, res); return; }
  // Instagram adds the trailing slash; under 'profile-no-redirect' the bare address serves the profile itself.
  if (path.toLowerCase() === own) {
    if (state.variations.has('profile-no-redirect')) profilePage(state, req, res);
    else redirect(res, `/${state.account.username}/`, 301);
    return;
  }
  notFoundPage(res);
}

/** Every other emulated host: the bare name moves to www; the CDNs answer with stand-ins. */
export function handleOtherHost(state: InstagramState, req: IncomingMessage, res: ServerResponse, url: URL): void {
  const host = url.hostname;
  if (host === 'instagram.com') { redirect(res, `https://www.instagram.com${url.pathname}${url.search}`, 301); return; }
  if (host === 'accountscenter.instagram.com') {
    if (sessionOf(state, req) === null) redirect(res, 'https://www.instagram.com/accounts/login/');
    else sendHtml(res, 200, simpleHtml('Accounts Center', '<h2>Accounts Center</h2>', 'logged-in'));
    return;
  }
  if (host === 'static.cdninstagram.com' && url.pathname.endsWith('.css')) {
    res.writeHead(200, { 'content-type': 'text/css', 'access-control-allow-origin': '*' }).end('.row{display:flex;gap:8px}');
    return;
  }
  sendPixel(res);
}
