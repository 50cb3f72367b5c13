import type { IncomingMessage } from 'node:http';
import { header, parseCookies } from '../http-util.ts';
import { X_ERRORS, X_WEB_BEARER } from './constants.ts';
import type { XSession, XState } from './state.ts';

export interface ApiError { code: number; message: string }
export type Viewer = { kind: 'user'; session: XSession } | { kind: 'guest' };
export type AuthResult = { ok: true; viewer: Viewer } | { ok: false; status: number; error: ApiError };

const INVALID_TOKEN = { code: 89, message: 'Invalid or expired token.' };

/**
 * How X's API decides who is asking: the web bearer must be present; with an auth_token cookie the
 * x-csrf-token header must equal the ct0 cookie and the session must be live on the server; without
 * one, a guest token from guest/activate.json may stand in where the endpoint allows guests.
 */
export function authenticate(state: XState, req: IncomingMessage, allowGuest: boolean): AuthResult {
  if (state.variations.has('automation-gate')) return { ok: false, status: 403, error: X_ERRORS.automated };
  const authorization = header(req, 'authorization');
  if (!authorization) return { ok: false, status: 400, error: X_ERRORS.badAuthentication };
  if (authorization !== `Bearer ${X_WEB_BEARER}`) return { ok: false, status: 401, error: INVALID_TOKEN };
  const cookies = parseCookies(req);
  const authToken = cookies.get('auth_token');
  if (authToken) {
    const ct0 = cookies.get('ct0');
    if (!ct0 || header(req, 'x-csrf-token') !== ct0) return { ok: false, status: 403, error: X_ERRORS.csrfMismatch };
    const session = state.sessions.get(authToken);
    if (!session) return { ok: false, status: 401, error: X_ERRORS.couldNotAuthenticate };
    if (state.mode === 'locked') return { ok: false, status: 403, error: X_ERRORS.locked };
    return { ok: true, viewer: { kind: 'user', session } };
  }
  const guestToken = header(req, 'x-guest-token');
  if (allowGuest && guestToken) {
    return state.guestTokens.has(guestToken)
      ? { ok: true, viewer: { kind: 'guest' } }
      : { ok: false, status: 403, error: X_ERRORS.badGuestToken };
  }
  return { ok: false, status: 401, error: X_ERRORS.couldNotAuthenticate };
}

/** x-rate-limit-* headers as X sends them; a rate-limited emulator reports none remaining. */
export function rateLimitHeaders(state: XState, limit: number, windowS: number): Record<string, string> {
  const reset = Math.floor(Date.now() / 1000) + windowS;
  const remaining = state.mode === 'rate-limited' ? 0 : limit - 1 - (state.apiCalls % (limit - 1));
  return {
    'x-rate-limit-limit': String(limit),
    'x-rate-limit-remaining': String(remaining),
    'x-rate-limit-reset': String(reset),
  };
}
