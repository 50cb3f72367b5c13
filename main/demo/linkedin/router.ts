import type { IncomingMessage, ServerResponse } from 'node:http';
import { setCookieHeaders } from '../cookies.ts';
import { delay, readBody, redirect, sendHtml, sendPixel, sendScript } from '../http-util.ts';
import { LEGACY_CONNECTIONS_PATH, SETTINGS_SLUGS } from './constants.ts';
import { challengePage, lateNoticePage, loginPage, restrictedPage, tooManyPagesPage } from './gate-pages.ts';
import { page } from './html.ts';
import { authwallPage, memberProfilePage, publicProfilePage } from './profile-pages.ts';
import { issueSession, sessionCookies, visitorOf } from './sessions.ts';
import { profileViewingPage, publicProfileSettingsPage, settingPage, visibilityHub } from './settings-pages.ts';
import type { LinkedInState } from './state.ts';
import { lateContentDelayMs } from '../variations.ts';
import { handleVoyager } from './voyager.ts';

const PROFILE_PATH = /^\/in\/([^/]+)\/?$/;

/** www.linkedin.com. */
export async function handleWww(state: LinkedInState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  await delay(state.delayMs);
  const path = url.pathname;
  if (path.startsWith('/voyager/api/')) { handleVoyager(state, req, res, url); return; }
  if (path === '/login' || path === '/uas/login') { sendHtml(res, 200, loginPage(null)); return; }
  if (path === '/checkpoint/lg/login-submit' && req.method === 'POST') { await loginSubmit(state, req, res); return; }
  if (path.startsWith('/checkpoint/challenge/')) { sendHtml(res, 200, challengePage()); return; }
  if (path === '/authwall') { sendHtml(res, 200, authwallPage()); return; }
  if (path === '/favicon.ico') { sendPixel(res); return; }
  const profile = PROFILE_PATH.exec(path);
  if (profile !== null && profile[1] !== 'me' && visitorOf(state, req).kind === 'guest') { strangerProfile(state, res, url, profile[1] ?? ''); return; }
  if (!memberGate(state, req, res, url)) return;
  if (profile?.[1] === 'me' && !state.variations.has('profile-no-redirect')) { redirect(res, `/in/${state.profile.publicIdentifier}/`); return; }
  const html = memberPage(state, path, profile?.[1] === 'me' ? state.profile.publicIdentifier : profile?.[1]);
  if (html === MOVED) redirect(res, `/mypreferences/d/settings/${SETTINGS_SLUGS.connections}`, 301);
  else if (html === null) sendHtml(res, 404, page({ title: 'Page not found | LinkedIn', signedIn: true, body: '<h1>This page doesn’t exist</h1>' }));
  else sendHtml(res, 200, html);
}

/** The legacy connections address: it moved permanently to its /mypreferences/ page. */
const MOVED = Symbol('moved');

/** Pages for a signed-in member; null when the emulator has no such page. */
function memberPage(state: LinkedInState, path: string, vanity: string | undefined): string | typeof MOVED | null {
  if (vanity !== undefined) return vanity === state.profile.publicIdentifier ? memberProfilePage(state) : null;
  if (path === '/mypreferences/d/categories/visibility') return visibilityHub(state);
  if (path === '/mypreferences/d/profile-viewing-options') return profileViewingPage(state);
  if (path === '/public-profile/settings') return publicProfileSettingsPage(state);
  if (path === LEGACY_CONNECTIONS_PATH) return MOVED;
  const slug = /^\/mypreferences\/d\/settings\/([a-z-]+)$/.exec(path)?.[1];
  if (slug !== undefined) return settingPage(state, slug);
  if (path === '/feed/' || path.startsWith('/mypreferences/d/categories/')) {
    return page({ title: 'Feed | LinkedIn', signedIn: true, state, body: `<h1>Welcome, ${state.profile.firstName}!</h1>` });
  }
  return null;
}

/**
 * What LinkedIn does before a member page: no cookie goes to /uas/login, an ended session to
 * /login, a challenge to /checkpoint/challenge, and a restricted or rate-limited member gets
 * LinkedIn's notice; a notice drawn late (or the automation gate) comes on an ordinary 200 page.
 * True when the page may be shown.
 */
function memberGate(state: LinkedInState, req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const visitor = visitorOf(state, req);
  const back = encodeURIComponent(url.pathname + url.search);
  if (visitor.kind === 'guest') { redirect(res, `/uas/login?session_redirect=${back}&fromSignIn=true`); return false; }
  if (visitor.kind === 'expired') { redirect(res, `/login?session_redirect=${back}&trk=hb_signin`); return false; }
  switch (state.mode) {
    case 'challenge': redirect(res, '/checkpoint/challenge/AgHrqP4q1f2T7bVv8Y3m?ut=1xK9e2eQ5zWeU1'); return false;
    case 'restricted': sendHtml(res, 403, restrictedPage()); return false;
    case 'rate-limited-429': sendHtml(res, 429, tooManyPagesPage()); return false;
    case 'rate-limited-999': sendHtml(res, 999, tooManyPagesPage()); return false;
    case 'ok': break;
  }
  // The automation gate and the other late notices: a 200 page whose script draws the notice.
  const lateMs = Math.max(500, lateContentDelayMs(state.variations));
  if (state.variations.has('automation-gate')) { sendHtml(res, 200, lateNoticePage('automated', lateMs)); return false; }
  if (state.lateGate !== null && state.lateGate !== 'embedded-429') { sendHtml(res, 200, lateNoticePage(state.lateGate, lateMs)); return false; }
  return true;
}

/** /in/<vanity>/ for a logged-out visitor: the public profile, or the authwall. */
function strangerProfile(state: LinkedInState, res: ServerResponse, url: URL, vanity: string): void {
  if (vanity !== state.profile.publicIdentifier) { sendHtml(res, 404, page({ title: 'LinkedIn', signedIn: false, body: '<h1>Profile not found</h1>' })); return; }
  if (state.strangerDenied) { sendHtml(res, 999, tooManyPagesPage()); return; }
  if (!state.settings.showPublicProfile || state.strangerLoginWall) {
    redirect(res, `/authwall?trk=public_profile&sessionRedirect=${encodeURIComponent(url.href)}`);
    return;
  }
  sendHtml(res, 200, publicProfilePage(state));
}

/** POST /checkpoint/lg/login-submit: email (or phone) and password; success sets li_at and JSESSIONID. */
async function loginSubmit(state: LinkedInState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = new URLSearchParams(await readBody(req));
  const who = (form.get('session_key') ?? '').trim().toLowerCase();
  if (who !== state.profile.email.toLowerCase() || form.get('session_password') !== state.profile.password) {
    sendHtml(res, 200, loginPage('Wrong email or password. Try again or create an account.'));
    return;
  }
  res.writeHead(303, { location: '/feed/', 'set-cookie': setCookieHeaders(sessionCookies(issueSession(state))), 'cache-control': 'no-store' }).end();
}

/** static.licdn.com and media.licdn.com: scripts are empty, every image is the same pixel. */
export function handleLicdn(res: ServerResponse, url: URL): void {
  if (url.pathname.endsWith('.js')) sendScript(res, '/* licdn stand-in */', { 'access-control-allow-origin': '*' });
  else sendPixel(res);
}
