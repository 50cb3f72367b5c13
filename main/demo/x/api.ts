import type { IncomingMessage, ServerResponse } from 'node:http';
import { delay, header, readBody, sendJson } from '../http-util.ts';
import { authenticate, rateLimitHeaders } from './auth.ts';
import { X_ERRORS, X_RATE_LIMIT, X_RATE_WINDOW_S, X_WEB_BEARER } from './constants.ts';
import { onboardingTask } from './login.ts';
import { newGuestToken } from './sessions.ts';
import { settingsJson } from './settings-json.ts';
import type { XState } from './state.ts';

const ALLOWED_ORIGINS = new Set(['https://x.com']);

/** CORS as api.x.com answers the x.com app: the exact origin, with credentials. */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = header(req, 'origin');
  if (!origin || !ALLOWED_ORIGINS.has(origin)) return {};
  return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' };
}

/** api.x.com: account/settings.json, guest/activate.json, onboarding/task.json. */
export async function handleApi(state: XState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const cors = corsHeaders(req);
  if (req.method === 'OPTIONS') {
    res.writeHead(cors['access-control-allow-origin'] ? 200 : 403, {
      ...cors,
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': header(req, 'access-control-request-headers') ?? '',
      'access-control-max-age': '600',
    }).end();
    return;
  }
  await delay(state.delayMs);
  state.apiCalls += 1;
  if (url.pathname === '/1.1/account/settings.json' && req.method === 'GET') {
    accountSettings(state, req, res, url, cors);
  } else if (url.pathname === '/1.1/account/settings.json' && req.method === 'POST') {
    await updateAccountSettings(state, req, res, url, cors);
  } else if (url.pathname === '/1.1/guest/activate.json' && req.method === 'POST') {
    if (header(req, 'authorization') !== `Bearer ${X_WEB_BEARER}`) sendJson(res, 400, { errors: [X_ERRORS.badAuthentication] }, cors);
    else sendJson(res, 200, { guest_token: newGuestToken(state) }, cors);
  } else if (url.pathname === '/1.1/onboarding/task.json' && req.method === 'POST') {
    await onboardingTask(state, req, res, url, cors);
  } else {
    sendJson(res, 404, { errors: [{ code: 34, message: 'Sorry, that page does not exist.' }] }, cors);
  }
}

/** GET account/settings.json: only for a signed-in session; also served at x.com/i/api/1.1/…. */
export function accountSettings(state: XState, req: IncomingMessage, res: ServerResponse, url: URL, cors: Record<string, string>): void {
  const limits = rateLimitHeaders(state, X_RATE_LIMIT, X_RATE_WINDOW_S);
  const auth = authenticate(state, req, false);
  if (!auth.ok) { sendJson(res, auth.status, { errors: [auth.error] }, { ...cors, ...limits }); return; }
  if (state.mode === 'rate-limited') { sendJson(res, 429, { errors: [X_ERRORS.rateLimited] }, { ...cors, ...limits }); return; }
  sendJson(res, 200, settingsJson(state, url.searchParams), { ...cors, ...limits });
}

/**
 * POST account/settings.json: how X's app saves a changed control. Form fields named as in the GET
 * answer; booleans as "true"/"false". The answer is the settings as they now stand.
 */
async function updateAccountSettings(state: XState, req: IncomingMessage, res: ServerResponse, url: URL, cors: Record<string, string>): Promise<void> {
  const auth = authenticate(state, req, false);
  if (!auth.ok) { sendJson(res, auth.status, { errors: [auth.error] }, cors); return; }
  const form = new URLSearchParams(await readBody(req));
  const settings = state.settings as unknown as Record<string, unknown>;
  for (const [field, text] of form) {
    const current = settings[field];
    if (typeof current === 'boolean' && (text === 'true' || text === 'false')) settings[field] = text === 'true';
    else if (typeof current === 'string' && text !== '') settings[field] = text;
  }
  sendJson(res, 200, settingsJson(state, url.searchParams), cors);
}
