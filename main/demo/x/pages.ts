import type { IncomingMessage, ServerResponse } from 'node:http';
import { redirect, sendHtml, sendPixel, sendScript } from '../http-util.ts';
import { accountSettings } from './api.ts';
import { xClientBundle } from './client-bundle.ts';
import type { XClientConfig } from './client/config.ts';
import { X_MAIN_BUNDLE_PATH, X_QUERY_IDS, X_SETTINGS_URL, X_USER_FEATURES, X_WEB_BEARER } from './constants.ts';
import { handleGraphql } from './graphql.ts';
import { initialStateScript } from './initial-state.ts';
import { lateContentDelayMs } from '../variations.ts';
import { settingsPagesFor } from './settings-variants.ts';
import type { XState } from './state.ts';

const RESERVED_PATHS = [
  'home', 'settings', 'i', 'explore', 'notifications', 'messages', 'search', 'compose', 'login', 'logout',
  'signup', 'tos', 'privacy', 'account', 'intent', 'share', 'hashtag', 'lists', 'jobs', 'about',
];

/** Third-party tags the shell and the app load, so an allow-list test has something to block. */
export const X_TRACKER_SCRIPT = 'https://www.googletagmanager.com/gtag/js?id=G-EMULATEDX1';
export const X_TRACKER_PIXEL = 'https://www.google-analytics.com/g/collect';

/** x.com: the API routes under /i/api, else the single-page app's HTML shell for every path. */
export async function handleXCom(state: XState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (url.pathname.startsWith('/i/api/graphql/')) { await handleGraphql(state, req, res, url); return; }
  if (url.pathname === '/i/api/1.1/account/settings.json') { accountSettings(state, req, res, url, {}); return; }
  if (url.pathname === '/favicon.ico') { sendPixel(res); return; }
  if (req.method !== 'GET') { res.writeHead(405).end(); return; }
  // The own-profile shortcut by user id: X redirects it to /<handle>; under the variation it serves the profile there.
  const byId = /^\/i\/user\/(\d+)\/?$/.exec(url.pathname);
  if (byId !== null && byId[1] === state.account.id && !state.variations.has('profile-no-redirect')) {
    redirect(res, `https://x.com/${state.account.screen_name}`);
    return;
  }
  sendHtml(res, 200, shellHtml(state, initialStateScript(state, req)), { 'x-frame-options': 'DENY', 'strict-transport-security': 'max-age=631138519' });
}

/** The HTML shell; `initialState` is the viewer's embedded state, empty when signed out. */
function shellHtml(state: XState, initialState: string): string {
  const lang = /^[a-zA-Z-]{2,10}$/.test(state.settings.language) ? state.settings.language : 'en';
  return `<!DOCTYPE html>
<html dir="ltr" lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=0,viewport-fit=cover">
<link rel="shortcut icon" href="//abs.twimg.com/favicons/twitter.3.ico">
<meta name="theme-color" content="#FFFFFF">
<title>X</title>
<script async src="${X_TRACKER_SCRIPT}"></script>
</head>
<body>
<noscript><p>JavaScript is not available.</p><p>We’ve detected that JavaScript is disabled in this browser.</p></noscript>
<div id="react-root"></div>
${initialState}<script type="text/javascript" charset="utf-8" crossorigin="anonymous" src="https://abs.twimg.com${X_MAIN_BUNDLE_PATH}"></script>
</body>
</html>`;
}

/** abs.twimg.com: the app bundle (served fresh so state changes show at once) and the favicon. */
export function handleAbs(state: XState, res: ServerResponse, url: URL): void {
  if (url.pathname === X_MAIN_BUNDLE_PATH) sendScript(res, xClientBundle(clientConfig(state)), { 'access-control-allow-origin': '*' });
  else if (url.pathname.startsWith('/favicons/')) sendPixel(res);
  else res.writeHead(404).end();
}

/** pbs.twimg.com: every profile image is the same blank pixel. */
export function handlePbs(res: ServerResponse, url: URL): void {
  if (url.pathname.startsWith('/profile_images/') || url.pathname.startsWith('/profile_banners/')) sendPixel(res);
  else res.writeHead(404).end();
}

/** twitter.com and the other old names move permanently to x.com. */
export function handleRedirectHost(res: ServerResponse, url: URL): void {
  redirect(res, `https://x.com${url.pathname}${url.search}`, 301);
}

function clientConfig(state: XState): XClientConfig {
  const pageOnly: Record<string, boolean> = { protect_videos: state.settings.protect_videos, grok_training: state.settings.grok_training };
  for (const field of state.droppedFields) Reflect.deleteProperty(pageOnly, field);
  return {
    bearer: X_WEB_BEARER,
    settingsUrl: X_SETTINGS_URL,
    graphqlBase: 'https://x.com/i/api/graphql',
    queryIds: { ...X_QUERY_IDS },
    features: X_USER_FEATURES,
    fieldToggles: { withPayments: false, withAuxiliaryUserLabels: true },
    guestActivateUrl: 'https://api.x.com/1.1/guest/activate.json',
    onboardingUrl: 'https://api.x.com/1.1/onboarding/task.json',
    markup: state.markup,
    strangerLoginWall: state.strangerLoginWall,
    settingsPages: settingsPagesFor(state.variations),
    pageOnlyValues: pageOnly,
    reservedPaths: RESERVED_PATHS,
    trackingPixel: X_TRACKER_PIXEL,
    variations: [...state.variations],
    lateDelayMs: lateContentDelayMs(state.variations),
    lateNotice: state.lateNotice,
    strangerGate: state.strangerGate,
    ownProfileById: { id: state.account.id, screenName: state.account.screen_name },
  };
}
