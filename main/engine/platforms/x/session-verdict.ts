import type { SessionProblem } from '../read-helpers/failure-reason.ts';
import { isPlainObject, parseJson } from '../read-helpers/json.ts';
import type { CapturedResponse } from '../read-helpers/capture-response.ts';
import { CHALLENGE_URL_PATTERN, LOGIN_URL_PATTERN } from './x-urls.ts';

export type { SessionProblem } from '../read-helpers/failure-reason.ts';

/** What the settings page told us about the session, in the user's words. */
export type SessionVerdict =
  | { state: 'signed-in'; detail: string; settings: Record<string, unknown> }
  | SessionProblem;

const SIGNED_OUT_CODES = [32, 89, 215, 353];

/** Classifies the app's own `account/settings.json` response. */
export function classifySettingsResponse(response: CapturedResponse, now: Date): SessionVerdict {
  const failure = classifyErrorResponse(response, now);
  if (failure !== null) return failure;
  const json = parseJson(response.body);
  if (response.status === 200 && isPlainObject(json)) {
    return { state: 'signed-in', detail: 'Signed in to X.', settings: json };
  }
  return {
    state: 'unknown',
    reason: 'page-changed',
    detail: `X's settings data came back in a form Chaperone does not recognise (HTTP ${response.status}).`,
  };
}

/** A response that says the session cannot be read, or null when it says nothing of the kind. */
export function classifyErrorResponse(response: CapturedResponse, now: Date): SessionVerdict | null {
  const { status, headers } = response;
  const codes = errorCodes(parseJson(response.body));
  if (status === 429 || codes.includes(88)) {
    return { state: 'rate-limited', reason: 'rate-limited', detail: rateLimitDetail(headers['x-rate-limit-reset'], now) };
  }
  if (codes.includes(326)) {
    return { state: 'challenge', reason: 'challenge', detail: 'X has locked the account until you complete a security check.' };
  }
  // 226: "This request looks like it might be automated…", X's answer to a client it takes for a bot.
  if (codes.includes(226)) {
    return { state: 'automation-blocked', reason: 'automation-blocked', detail: 'X said this browser looks automated and would not show your settings to it.' };
  }
  if (status === 401 || codes.some((code) => SIGNED_OUT_CODES.includes(code))) {
    return signedOut();
  }
  if (codes.includes(64)) {
    return { state: 'blocked', reason: 'blocked', detail: 'X says this account is suspended, so its settings cannot be read.' };
  }
  if (status === 403) {
    const cloudflare = 'cf-ray' in headers && isHtml(response);
    return {
      state: 'blocked',
      reason: 'blocked',
      detail: cloudflare
        ? "X's network protection refused to show the page to Chaperone's browser. Try again later."
        : 'X refused to show this account\'s settings (HTTP 403).',
    };
  }
  if (status >= 500) {
    return { state: 'unknown', reason: 'network-error', detail: `X's servers answered with an error (HTTP ${status}).` };
  }
  if (status >= 400) {
    return { state: 'unknown', reason: 'page-changed', detail: `X answered in a way Chaperone does not recognise (HTTP ${status}).` };
  }
  return null;
}

/**
 * A refusal whose body the browser no longer had: a bare 403 could be a locked account, an
 * ended session or a block, so the reader should see where X's app goes before deciding.
 */
export function refusalNeedsAddress(response: CapturedResponse): boolean {
  const { status } = response;
  return !response.bodyRead && status >= 400 && status < 500 && status !== 401 && status !== 429;
}

/** The app navigating to the login flow or the account-access check says as much as a status. */
export function verdictForUrl(url: string): SessionProblem | null {
  if (LOGIN_URL_PATTERN.test(url)) return signedOut();
  if (CHALLENGE_URL_PATTERN.test(url)) {
    return { state: 'challenge', reason: 'challenge', detail: 'X asked for a security check before showing the account.' };
  }
  return null;
}

/**
 * Plain words for when X will allow reads again, from its `x-rate-limit-reset` header: a time of
 * day, never a second wait beside the audit's own advice ("Wait a while (often 15 minutes)…").
 */
export function rateLimitDetail(reset: string | undefined, now: Date): string {
  const lead = 'X is limiting how often its pages can be loaded.';
  const seconds = reset === undefined ? Number.NaN : Number(reset);
  if (!Number.isFinite(seconds) || seconds <= 0) return lead;
  const at = new Date(seconds * 1000);
  if (at.getTime() <= now.getTime()) return lead;
  const clock = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${lead} X says the limit lasts until ${clock}.`;
}

function signedOut(): SessionProblem {
  return { state: 'signed-out', reason: 'signed-out', detail: "Chaperone's browser is not signed in to X." };
}

function errorCodes(json: unknown): number[] {
  if (!isPlainObject(json) || !Array.isArray(json.errors)) return [];
  return json.errors.flatMap((error: unknown) =>
    isPlainObject(error) && typeof error.code === 'number' ? [error.code] : []);
}

function isHtml(response: CapturedResponse): boolean {
  const type = response.headers['content-type'] ?? '';
  return type.includes('text/html') || /^\s*<(?:!doctype|html)/i.test(response.body);
}
