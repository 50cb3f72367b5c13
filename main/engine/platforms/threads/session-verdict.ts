import type { SessionProblem } from '../read-helpers/failure-reason.ts';
import { CHALLENGE_URL_PATTERN, LOGIN_URL_PATTERN, SUSPENDED_URL_PATTERN } from './threads-urls.ts';

export type { SessionProblem } from '../read-helpers/failure-reason.ts';

/** What a loaded Threads page said about the session. */
export interface LoadedPage {
  /** Address after redirects. */
  url: string;
  /** HTTP status of the document; null when the browser gave none. */
  status: number | null;
  /** Instagram-style `message` found in the page's embedded data (e.g. feedback_required). */
  message: string | null;
  /** The page's visible text (used only for Threads' English block wordings). */
  text: string;
}

const AGAIN = 'then run the audit again.';

export const SIGNED_OUT: SessionProblem = {
  state: 'signed-out', reason: 'signed-out',
  detail: `Chaperone's browser is not logged in to Threads. Log in to Threads from Chaperone (with your Instagram details), ${AGAIN}`,
};
const CHALLENGE: SessionProblem = {
  state: 'challenge', reason: 'challenge',
  detail: `Threads wants to confirm it is you before showing the account. Log in to Threads from Chaperone, complete the check, ${AGAIN}`,
};
const BLOCKED: SessionProblem = {
  state: 'blocked', reason: 'blocked',
  detail: 'Threads has temporarily blocked this account from some actions ("Try again later"), so its settings could not be read. Wait a day, then run the audit again.',
};
const SUSPENDED: SessionProblem = {
  state: 'blocked', reason: 'blocked',
  detail: 'Threads says this account is suspended or disabled, so its settings could not be read.',
};
const RATE_LIMITED: SessionProblem = {
  state: 'rate-limited', reason: 'rate-limited',
  detail: 'Threads is limiting how often its pages can be loaded ("Please wait a few minutes"). Wait a few minutes, then run the audit again.',
};

/**
 * Classifies a signed-in page: where Threads sent the browser, the status, the data's message,
 * then Threads' own English wordings as a last resort. Null when nothing is wrong.
 */
export function sessionProblem(page: LoadedPage): SessionProblem | null {
  if (LOGIN_URL_PATTERN.test(page.url) || page.message === 'login_required') return SIGNED_OUT;
  if (CHALLENGE_URL_PATTERN.test(page.url) || page.message === 'checkpoint_required' || page.message === 'challenge_required') return CHALLENGE;
  if (SUSPENDED_URL_PATTERN.test(page.url)) return SUSPENDED;
  if (page.status === 429 || /please wait a few minutes before you try again/i.test(page.text)) return RATE_LIMITED;
  if (page.message === 'feedback_required' || /^\s*try again later\s*$/im.test(page.text)) return BLOCKED;
  if (page.status !== null && page.status >= 500) {
    return { state: 'unknown', reason: 'network-error', detail: `Threads' servers answered with an error (HTTP ${String(page.status)}). Try again later.` };
  }
  if (page.status !== null && page.status >= 400) {
    return { state: 'unknown', reason: 'page-changed', detail: `Threads answered in a way Chaperone does not recognise (HTTP ${String(page.status)}).` };
  }
  return null;
}
