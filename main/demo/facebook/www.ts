/** www.facebook.com: login, settings tabs, profiles, /me, the settings mutation, and the block pages. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { delay, readBody, redirect, sendHtml, sendJson } from '../http-util.ts';
import { lateContentDelayMs } from '../variations.ts';
import { automationGatePage, blockedPage, checkpointPage, homePage, loginPage, rateLimitMessagePage, tooFastPage } from './block-pages.ts';
import { asServed } from './page-variations.ts';
import { banner, htmlLang } from './html.ts';
import { handleLogin, safeNext } from './login.ts';
import { isProfileRequest, ownerProfilePage, profilePath, strangerProfilePage } from './profile-page.ts';
import { isTab, TABS } from './rows.ts';
import { sessionOf } from './sessions.ts';
import { settingsPage } from './settings-page.ts';
import type { FacebookSession, FacebookSettingKey, FacebookState } from './state.ts';

export const CHECKPOINT_PATH = '/checkpoint/1501092823525282/';

export async function handleWww(state: FacebookState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  await delay(state.delayMs);
  const path = url.pathname;
  if (path === '/login/device-based/regular/login/' && req.method === 'POST') { await handleLogin(state, req, res); return; }
  if (path === '/login/' || path === '/login.php' || path === '/login') {
    sendHtml(res, 200, loginPage(safeNext(url.searchParams.get('next')), null));
    return;
  }
  if (path.startsWith('/checkpoint/')) { sendHtml(res, 200, checkpointPage()); return; }
  if (path === '/api/graphql/' && req.method === 'POST') { await mutation(state, req, res); return; }
  const session = sessionOf(state, req);
  if (session === null) { signedOutVisit(state, res, url); return; }
  if (unhealthyVisit(state, res, url)) return;
  signedInVisit(state, session, res, url);
}

/**
 * The pages Facebook shows a session it will not serve. With content drawn late, the app shell
 * loads (HTTP 200) and its script draws the message: the checkpoint text at the asked address,
 * the block page, or the rate-limit error the app received. The automation gate is always drawn
 * by script, at least 0.5 s after load.
 */
function unhealthyVisit(state: FacebookState, res: ServerResponse, url: URL): boolean {
  const late = lateContentDelayMs(state.variations);
  if (state.variations.has('automation-gate')) {
    sendHtml(res, 200, asServed(state, automationGatePage(), Math.max(500, late)));
  } else if (state.mode === 'checkpoint') {
    if (late > 0) sendHtml(res, 200, asServed(state, checkpointPage()));
    else redirect(res, `https://www.facebook.com${CHECKPOINT_PATH}?next=${encodeURIComponent(url.href)}`);
  } else if (state.mode === 'blocked') {
    sendHtml(res, 200, asServed(state, blockedPage()));
  } else if (state.mode === 'rate-limited') {
    if (late > 0) sendHtml(res, 200, asServed(state, rateLimitMessagePage()));
    else sendHtml(res, 429, tooFastPage());
  } else {
    return false;
  }
  return true;
}

function signedOutVisit(state: FacebookState, res: ServerResponse, url: URL): void {
  if (isProfileRequest(state, url)) { sendHtml(res, 200, asServed(state, strangerProfilePage(state))); return; }
  if (url.pathname === '/') { sendHtml(res, 200, loginPage(null, null)); return; }
  redirect(res, `https://www.facebook.com/login/?next=${encodeURIComponent(url.href)}`);
}

function signedInVisit(state: FacebookState, session: FacebookSession, res: ServerResponse, url: URL): void {
  const path = url.pathname;
  if (path === '/settings/' || path === '/settings') {
    const tab = url.searchParams.get('tab');
    sendHtml(res, 200, asServed(state, settingsPage(state, session, isTab(tab) ? tab : 'posts')));
  } else if (path === '/me' || path === '/me/') {
    // Facebook usually redirects /me to the profile's own address; some sessions get the profile served at /me.
    if (state.variations.has('profile-no-redirect')) sendHtml(res, 200, asServed(state, ownerProfilePage(state)));
    else redirect(res, `https://www.facebook.com${profilePath(state)}`);
  } else if (isProfileRequest(state, url)) {
    sendHtml(res, 200, asServed(state, ownerProfilePage(state)));
  } else if (path === '/') {
    sendHtml(res, 200, asServed(state, homePage(banner(state), htmlLang(state))));
  } else {
    sendHtml(res, 404, asServed(state, homePage(banner(state), htmlLang(state))));
  }
}

const SETTING_KEYS = new Set<string>(TABS.flatMap((t) => t.rows.flatMap((r) => (r.kind === 'action' ? [] : [r.setting]))));

/** POST /api/graphql/: the settings mutation the page script sends; needs the session and its fb_dtsg. */
async function mutation(state: FacebookState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const session = sessionOf(state, req);
  const form = new URLSearchParams(await readBody(req));
  if (session === null || form.get('fb_dtsg') !== session.dtsg) {
    sendJson(res, 200, { errors: [{ message: 'Please try closing and re-opening your browser window.', code: 1357004 }] });
    return;
  }
  let variables: { setting?: unknown; value?: unknown } = {};
  try { variables = JSON.parse(form.get('variables') ?? '{}') as typeof variables; } catch { /* answered below */ }
  const { setting, value } = variables;
  if (typeof setting !== 'string' || !SETTING_KEYS.has(setting) || (typeof value !== 'string' && typeof value !== 'boolean')) {
    sendJson(res, 400, { errors: [{ message: 'Invalid variables' }] });
    return;
  }
  const key = setting as FacebookSettingKey;
  const settings = state.settings as unknown as Record<string, unknown>;
  state.changes.push({ setting: key, from: settings[key], to: value });
  settings[key] = value;
  sendJson(res, 200, { data: { privacy_setting_update: { success: true } } });
}
