import type { IncomingMessage, ServerResponse } from 'node:http';
import { header, sendJson } from '../http-util.ts';
import { ME_PATH, PRIVACY_SETTINGS_PATH } from './constants.ts';
import { csrfOf, visitorOf } from './sessions.ts';
import type { LinkedInState } from './state.ts';
import { meJson, privacySettingsJson } from './voyager-json.ts';

/**
 * /voyager/api/*: a live session, and a csrf-token header equal to JSESSIONID, as LinkedIn
 * checks them. Failure states answer as LinkedIn's API does (401, 403 CSRF, 429, 999).
 */
export function handleVoyager(state: LinkedInState, req: IncomingMessage, res: ServerResponse, url: URL): void {
  const visitor = visitorOf(state, req);
  if (visitor.kind !== 'member') { sendJson(res, 401, { status: 401 }); return; }
  const csrf = csrfOf(req);
  if (csrf === undefined || header(req, 'csrf-token') !== csrf) { sendJson(res, 403, { status: 403, message: 'CSRF check failed.' }); return; }
  if (state.mode === 'rate-limited-429') { sendJson(res, 429, { status: 429 }); return; }
  if (state.mode === 'rate-limited-999') { sendJson(res, 999, { status: 999 }); return; }
  if (state.mode === 'challenge' || state.mode === 'restricted') { sendJson(res, 403, { status: 403 }); return; }
  if (state.lateGate === 'rate-limited' || state.lateGate === 'embedded-429') { sendJson(res, 429, { status: 429 }); return; }
  if (state.lateGate !== null || state.variations.has('automation-gate')) { sendJson(res, 403, { status: 403 }); return; }
  const headers = { 'x-restli-protocol-version': '2.0.0' };
  if (req.method === 'GET' && url.pathname === PRIVACY_SETTINGS_PATH) sendJson(res, 200, privacySettingsJson(state), headers);
  else if (req.method === 'GET' && url.pathname === ME_PATH && !state.meGone) sendJson(res, 200, meJson(state), headers);
  else sendJson(res, 404, { status: 404 });
}
