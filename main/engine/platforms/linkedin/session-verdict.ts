import type { SessionProblem } from '../read-helpers/failure-reason.ts';
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

/** LinkedIn's "too many pages" notice (English; the status usually says it first). */
const TOO_MANY_PAGES = /visiting a very high number of pages/i;

/**
 * Why a member page cannot be read, or null when it looks like the page asked for: a login or
 * authwall address means signed out, /checkpoint/challenge a security check, 429 and 999
 * ("Request denied") rate limiting, 403 the restricted-account notice.
 */
export function sessionProblem(landing: PageLanding): SessionProblem | null {
  const { status, url, text } = landing;
  if (SIGNED_OUT_URL.test(url)) return signedOut();
  if (CHALLENGE_URL.test(url)) {
    return { state: 'challenge', reason: 'challenge', detail: 'LinkedIn asked for a security check before showing your settings. Sign in to LinkedIn from Chaperone, complete the check, then run the audit again.' };
  }
  if (status === 429 || status === 999 || TOO_MANY_PAGES.test(text)) {
    return { state: 'rate-limited', reason: 'rate-limited', detail: 'LinkedIn is limiting how many pages can be loaded. Wait an hour or so, then run the audit again.' };
  }
  if (status === 403) {
    return { state: 'blocked', reason: 'blocked', detail: 'LinkedIn has restricted this account or refused to show its settings, so they cannot be read. Sign in to LinkedIn to see why.' };
  }
  if (status === 401) return signedOut();
  if (status >= 500) {
    return { state: 'unknown', reason: 'network-error', detail: `LinkedIn's servers answered with an error (HTTP ${String(status)}). Try again later.` };
  }
  if (status >= 400) {
    return { state: 'unknown', reason: 'page-changed', detail: `LinkedIn answered in a way Chaperone does not recognise (HTTP ${String(status)}).` };
  }
  return null;
}

function signedOut(): SessionProblem {
  return { state: 'signed-out', reason: 'signed-out', detail: "Chaperone's browser is not signed in to LinkedIn. Sign in to LinkedIn from Chaperone, then run the audit again." };
}
