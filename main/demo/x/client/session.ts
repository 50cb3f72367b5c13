import type { XClientConfig } from './config.ts';
import type { JsonAnswer } from './net.ts';
import type { XClientLib } from './lib.ts';

/* Browser code: each function is sent to the page as source text, so it must be self-contained. */

export function signedIn(lib: XClientLib): boolean {
  return lib.cookie('twid') !== null;
}

export function viewerId(lib: XClientLib): string | null {
  const twid = lib.cookie('twid');
  if (!twid) return null;
  const match = /^u=(\d+)$/.exec(decodeURIComponent(twid).replace(/^"|"$/g, ''));
  return match?.[1] ?? null;
}

/** The signed-in user as the page's embedded `__INITIAL_STATE__` names them; null without a live session. */
export function signedInUser(lib: XClientLib): { screenName: string; name: string } | null {
  const initial = (window as unknown as { __INITIAL_STATE__?: unknown }).__INITIAL_STATE__;
  const id = lib.str(lib.pick(initial, 'session', 'user_id'));
  const screenName = lib.str(lib.pick(initial, 'entities', 'users', 'entities', id, 'screen_name'));
  return id && screenName ? { screenName, name: lib.str(lib.pick(initial, 'entities', 'users', 'entities', id, 'name')) } : null;
}

export function goToLogin(lib: XClientLib, after: string): void {
  lib.go(`/i/flow/login?redirect_after_login=${encodeURIComponent(after)}`);
}

/**
 * What X's app does with a failed API answer: expired session → sign in again; locked → the access
 * challenge; anything else (rate limit, server error) → "Something went wrong. Try reloading."
 */
export function handleFailure(lib: XClientLib, answer: JsonAnswer, column: HTMLElement): void {
  const code = lib.errorCode(answer.body);
  if (answer.status === 401 || code === 32) lib.goToLogin(lib, location.pathname);
  else if (code === 326) lib.go('/account/access');
  else lib.showError(lib, column);
}

/** account/settings.json, which the app loads at start for a signed-in user. Null when it could not. */
export async function loadSettings(lib: XClientLib, config: XClientConfig, column: HTMLElement): Promise<Record<string, unknown> | null> {
  let answer: JsonAnswer;
  try {
    answer = await lib.requestJson(config.settingsUrl, { headers: lib.webHeaders(config, lib.cookie('ct0'), null) });
  } catch {
    lib.showError(lib, column);
    return null;
  }
  if (answer.status === 200 && typeof answer.body === 'object' && answer.body !== null) {
    const screenName = lib.str(lib.pick(answer.body, 'screen_name'));
    if (screenName) lib.accountLinks(lib, config, { screenName, name: '' });
    return answer.body as Record<string, unknown>;
  }
  lib.handleFailure(lib, answer, column);
  return null;
}

/**
 * Saves one setting as X's app does when a control changes: the field is POSTed, form-encoded, to
 * the same account/settings.json the app reads, with the session's CSRF token. True when X took it.
 */
export async function saveSetting(lib: XClientLib, config: XClientConfig, field: string, value: unknown): Promise<boolean> {
  const headers = { ...lib.webHeaders(config, lib.cookie('ct0'), null), 'content-type': 'application/x-www-form-urlencoded' };
  const body = new URLSearchParams({ [field]: String(value) }).toString();
  try {
    const answer = await lib.requestJson(config.settingsUrl.split('?')[0] ?? config.settingsUrl, { method: 'POST', headers, body });
    return answer.status === 200;
  } catch {
    return false;
  }
}
