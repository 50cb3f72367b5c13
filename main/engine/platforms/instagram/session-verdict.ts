import type { SessionProblem } from '../read-helpers/failure-reason.ts';
import { isPlainObject, parseJson } from '../read-helpers/json.ts';
import type { CapturedResponse } from '../read-helpers/capture-response.ts';
import { CHALLENGE_URL_PATTERN, LOGIN_URL_PATTERN } from './instagram-urls.ts';

export type { SessionProblem } from '../read-helpers/failure-reason.ts';

/** What Instagram's answer said about the session. */
export type SessionVerdict =
  | { state: 'signed-in'; detail: string; formData: Record<string, unknown> }
  | SessionProblem;

// Details say what happened; the engine adds what to do (main/engine/audit/unread-text.ts).
export const SIGNED_OUT: SessionProblem = {
  state: 'signed-out', reason: 'signed-out', detail: "Chaperone's browser is not signed in to Instagram.",
};
export const CHALLENGE: SessionProblem = {
  state: 'challenge', reason: 'challenge', detail: 'Instagram wants you to confirm it is you before it shows this account.',
};
export const BLOCKED: SessionProblem = {
  state: 'blocked', reason: 'blocked',
  detail: 'Instagram has temporarily blocked this account from some actions, so its settings could not be read. Wait a day, then run the audit again.',
};
export const RATE_LIMITED: SessionProblem = {
  state: 'rate-limited', reason: 'rate-limited', detail: 'Instagram asked to wait a few minutes before loading more pages.',
};
export const AUTOMATION_BLOCKED: SessionProblem = {
  state: 'automation-blocked', reason: 'automation-blocked',
  detail: "Instagram said it suspects automated behaviour and showed its warning instead of your settings, so nothing was read.",
};

/** Classifies the app's own `web_form_data` answer: its form data, or why there is none. */
export function classifyFormData(response: CapturedResponse): SessionVerdict {
  const problem = classifyErrorResponse(response);
  if (problem !== null) return problem;
  const json = parseJson(response.body);
  const formData = isPlainObject(json) ? json.form_data : undefined;
  if (response.status === 200 && isPlainObject(formData)) {
    return { state: 'signed-in', detail: 'Signed in to Instagram.', formData };
  }
  return { state: 'unknown', reason: 'page-changed', detail: `Instagram's profile form data came back in a form Chaperone does not recognise (HTTP ${String(response.status)}).` };
}

/**
 * An answer that says the session cannot be read, or null when it says nothing of the kind.
 * Instagram answers a dead session with its HTML login page (`not-logged-in`) or a redirect there,
 * and hard stops with HTTP 400 and a `message`: checkpoint_required, challenge_required,
 * feedback_required (blocked) or login_required.
 */
export function classifyErrorResponse(response: CapturedResponse): SessionProblem | null {
  const { status } = response;
  const json = parseJson(response.body);
  const message = isPlainObject(json) && typeof json.message === 'string' ? json.message : '';
  if (status === 429 || /please wait a few minutes/i.test(message)) return RATE_LIMITED;
  if (/^(?:checkpoint|challenge)_required$/.test(message)) return CHALLENGE;
  if (message === 'feedback_required') return BLOCKED;
  if (message === 'login_required' || (isPlainObject(json) && json.require_login === true)) return SIGNED_OUT;
  if (status >= 300 && status < 400) return verdictForUrl(new URL(response.headers.location ?? '/', response.url).href) ?? null;
  if (isHtml(response) && /not-logged-in/.test(response.body)) return SIGNED_OUT;
  if (status === 401) return SIGNED_OUT;
  if (status >= 500) {
    return { state: 'unknown', reason: 'network-error', detail: `Instagram's servers answered with an error (HTTP ${String(status)}).` };
  }
  if (status >= 400) {
    return { state: 'unknown', reason: 'page-changed', detail: `Instagram answered in a way Chaperone does not recognise (HTTP ${String(status)}).` };
  }
  return null;
}

/** A refusal the browser lost the body of (the app had already left the page): where it went says why. */
export function refusalNeedsAddress(response: CapturedResponse): boolean {
  return !response.bodyRead && response.status >= 400 && response.status < 500 && response.status !== 429;
}

/** The app being at its login page or its account check says as much as a status. */
export function verdictForUrl(url: string): SessionProblem | null {
  if (LOGIN_URL_PATTERN.test(url)) return SIGNED_OUT;
  if (CHALLENGE_URL_PATTERN.test(url)) return CHALLENGE;
  return null;
}

function isHtml(response: CapturedResponse): boolean {
  const type = response.headers['content-type'] ?? '';
  return type.includes('text/html') || /^\s*<(?:!doctype|html)/i.test(response.body);
}
