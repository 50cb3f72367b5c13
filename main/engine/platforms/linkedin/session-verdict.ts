import type { SessionProblem } from '../read-helpers/failure-reason.ts';
import { NOTICES } from './linkedin-labels.ts';
import { CHALLENGE_URL, SIGNED_OUT_URL } from './linkedin-urls.ts';

export type { SessionProblem } from '../read-helpers/failure-reason.ts';

/** What a member page's load looked like. */
export interface PageLanding {
  status: number;
  /** The address the browser ended on, after redirects. */
  url: string;
  /** The page's text, for LinkedIn's notices (read only when the status and address say nothing). */
  text: string;
}

/**
 * Why a member page cannot be read, or null when it looks like the page asked for: a login or
 * authwall address means signed out, /checkpoint/challenge a security check, 429 and 999
 * ("Request denied") rate limiting, 403 the restricted-account notice, and LinkedIn's notices in
 * the text say the same when the page itself answered 200. The details say what happened only:
 * the audit adds what to do.
 */
export function sessionProblem(landing: PageLanding): SessionProblem | null {
  const { status, url, text } = landing;
  if (SIGNED_OUT_URL.test(url)) return signedOut();
  if (CHALLENGE_URL.test(url)) return challenge();
  if (NOTICES.automated.test(text)) return automationBlocked();
  if (status === 429 || status === 999 || NOTICES.tooManyPages.test(text)) return rateLimited();
  if (status === 403 || NOTICES.restricted.test(text)) return blocked();
  if (NOTICES.challenge.test(text)) return challenge();
  return statusProblem(status);
}

/** What an HTTP status alone says about a page, or an embedded Voyager answer for the member. */
export function statusProblem(status: number): SessionProblem | null {
  if (status === 429 || status === 999) return rateLimited();
  if (status === 403) return blocked();
  if (status === 401) return signedOut();
  if (status >= 500) {
    return { state: 'unknown', reason: 'network-error', detail: `LinkedIn's servers answered with an error (HTTP ${String(status)}).` };
  }
  if (status >= 400) {
    return { state: 'unknown', reason: 'page-changed', detail: `LinkedIn answered in a way Chaperone does not recognise (HTTP ${String(status)}).` };
  }
  return null;
}

function signedOut(): SessionProblem {
  return { state: 'signed-out', reason: 'signed-out', detail: "Chaperone's browser is not signed in to LinkedIn." };
}

function challenge(): SessionProblem {
  return { state: 'challenge', reason: 'challenge', detail: 'LinkedIn asked for a security check before showing your settings.' };
}

function rateLimited(): SessionProblem {
  return { state: 'rate-limited', reason: 'rate-limited', detail: 'LinkedIn is limiting how many pages can be loaded.' };
}

function blocked(): SessionProblem {
  return { state: 'blocked', reason: 'blocked', detail: 'LinkedIn has restricted this account or refused to show its settings, so they cannot be read. Sign in to LinkedIn to see why.' };
}

function automationBlocked(): SessionProblem {
  return {
    state: 'automation-blocked', reason: 'automation-blocked',
    detail: "LinkedIn said the activity of Chaperone's browser looks automated and restricted the account until you confirm you are a real person. Sign in to LinkedIn yourself to lift it.",
  };
}
