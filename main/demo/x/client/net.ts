import type { XClientConfig } from './config.ts';

/* Browser code: each function is sent to the page as source text, so it must be self-contained. */

export interface JsonAnswer { status: number; body: unknown }

/** The headers X's web app sends to its APIs. */
export function webHeaders(config: XClientConfig, csrf: string | null, guestToken: string | null): Record<string, string> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${config.bearer}`,
    'x-twitter-active-user': 'yes',
    'x-twitter-client-language': document.documentElement.lang || 'en',
    'x-client-transaction-id': btoa(String(Math.random())).slice(0, 22),
  };
  if (csrf) {
    headers['x-csrf-token'] = csrf;
    headers['x-twitter-auth-type'] = 'OAuth2Session';
  }
  if (guestToken) headers['x-guest-token'] = guestToken;
  return headers;
}

export async function requestJson(url: string, init: RequestInit): Promise<JsonAnswer> {
  const response = await fetch(url, { credentials: 'include', ...init });
  const text = await response.text();
  let body: unknown;
  try { body = text ? JSON.parse(text) : null; } catch { body = null; }
  return { status: response.status, body };
}

/** First error code in an `{"errors":[{"code":…}]}` body. */
export function errorCode(body: unknown): number | null {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return null;
  const first: unknown = body.errors[0];
  return typeof first === 'object' && first !== null && 'code' in first && typeof first.code === 'number' ? first.code : null;
}

/** Walks a parsed JSON value; anything missing gives undefined. */
export function pick(value: unknown, ...path: string[]): unknown {
  let here: unknown = value;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

/** A JSON scalar as text; anything else gives the fallback. */
export function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
}

export function graphqlUrl(config: XClientConfig, operation: 'UserByScreenName' | 'UserTweets', variables: Record<string, unknown>): string {
  const query = new URLSearchParams({
    variables: JSON.stringify(variables),
    features: JSON.stringify(config.features),
    fieldToggles: JSON.stringify(config.fieldToggles),
  });
  return `${config.graphqlBase}/${config.queryIds[operation]}/${operation}?${query.toString()}`;
}

/** Logged-out visitors get a guest token first, as X's web app does. */
export async function activateGuest(config: XClientConfig): Promise<string | null> {
  const response = await fetch(config.guestActivateUrl, { method: 'POST', headers: { authorization: `Bearer ${config.bearer}` } });
  if (!response.ok) return null;
  const body = (await response.json()) as { guest_token?: unknown };
  if (typeof body.guest_token !== 'string') return null;
  document.cookie = `gt=${body.guest_token}; Max-Age=10800; Domain=.x.com; Path=/; Secure; SameSite=None`;
  return body.guest_token;
}
