import type { IncomingMessage, ServerResponse } from 'node:http';
import { delay, redirect, sendHtml } from '../http-util.ts';
import { page } from './html.ts';
import { loginApi, loginPage, LOGIN_API_PATH, LOGIN_PATH } from './login.ts';
import { notFoundPage, profilePage } from './profile-page.ts';
import { sessionOf } from './sessions.ts';
import { accountPage, privacyPage } from './settings-pages.ts';
import type { ThreadsState } from './state.ts';
import { challengePage, troubledAnswer } from './status-pages.ts';

const PROFILE_PATH = /^\/@([A-Za-z0-9._]{1,30})\/?$/;

/** www.threads.com: login, settings, profiles, and the account-check page. */
export async function handleThreads(state: ThreadsState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  await delay(state.delayMs);
  const path = url.pathname;
  if (path === LOGIN_PATH || path === `${LOGIN_PATH}/`) { loginPage(state, req, res); return; }
  if (path === LOGIN_API_PATH && req.method === 'POST') { await loginApi(state, req, res); return; }
  if (path === '/challenge/' || path === '/challenge') { sendHtml(res, 200, challengePage(state)); return; }
  if (path.startsWith('/static/')) { res.writeHead(200, { 'content-type': 'text/css' }).end(''); return; }
  const session = sessionOf(state, req);
  const profile = PROFILE_PATH.exec(path);
  if (profile !== null) { answerProfile(state, res, url, profile[1] ?? '', session === null ? null : state.account.username); return; }
  if (path === '/' || path.startsWith('/settings')) {
    if (session === null) { redirect(res, `${LOGIN_PATH}?next=${encodeURIComponent(path)}`); return; }
    if (troubledAnswer(state, res, url, state.account.username)) return;
    if (path === '/settings' || path === '/settings/') redirect(res, '/settings/privacy');
    else if (path === '/settings/privacy') sendHtml(res, 200, privacyPage(state));
    else if (path === '/settings/account') sendHtml(res, 200, accountPage(state));
    else if (path === '/') sendHtml(res, 200, page({ title: 'Threads', language: state.language, viewer: state.account.username, variations: state.variations, body: '<h1>For you</h1>' }));
    else sendHtml(res, 404, notFoundPage(state));
    return;
  }
  sendHtml(res, 404, notFoundPage(state));
}

function answerProfile(state: ThreadsState, res: ServerResponse, url: URL, username: string, viewer: string | null): void {
  if (troubledAnswer(state, res, url, viewer)) return;
  if (viewer === null && state.strangerLoginWall) { redirect(res, `${LOGIN_PATH}?next=${encodeURIComponent(url.pathname)}`); return; }
  if (username.toLowerCase() !== state.account.username.toLowerCase()) { sendHtml(res, 404, notFoundPage(state)); return; }
  sendHtml(res, 200, profilePage(state, viewer));
}

/** threads.com, threads.net and www.threads.net send everything on to www.threads.com. */
export function handleRedirectHost(res: ServerResponse, url: URL): void {
  redirect(res, `https://www.threads.com${url.pathname}${url.search}`, 301);
}
