import type { SessionProblem } from '../read-helpers/failure-reason.ts';
import { PROBLEM_WORDINGS } from './threads-labels.ts';
import { CHALLENGE_URL_PATTERN, LOGIN_URL_PATTERN, SUSPENDED_URL_PATTERN } from './threads-urls.ts';

export type { SessionProblem } from '../read-helpers/failure-reason.ts';

/** What a loaded Threads page said about the session. */
export interface LoadedPage {
  /** Address now (after redirects, including those made by the page's script). */
  url: string;
  /** HTTP status of the document; null when the browser gave none. */
  status: number | null;
  /** Instagram-style `message` found in the page's embedded data (e.g. feedback_required). */
  message: string | null;
  /** The page's visible text, or on a profile only its dialogs and alerts (its own text is the user's). */
  text: string;
  /** The words of the errors listed in the page's embedded data. */
  errors?: readonly string[];
}

/** What happened, only: the audit adds its own advice on what to do (main/engine/audit/unread-text.ts). */
export const SIGNED_OUT: SessionProblem = {
  state: 'signed-out', reason: 'signed-out',
  detail: 'Chaperone\'s browser is not logged in to Threads. Log in to Threads from Chaperone with your Instagram details.',
};
const CHALLENGE: SessionProblem = {
  state: 'challenge', reason: 'challenge',
  detail: 'Threads wants to confirm it is you before showing the account.',
};
const BLOCKED: SessionProblem = {
  state: 'blocked', reason: 'blocked',
  detail: 'Threads has temporarily blocked this account from some actions ("Try again later"), so its settings could not be read. Such blocks usually lift within a day; check again after that.',
};
const SUSPENDED: SessionProblem = {
  state: 'blocked', reason: 'blocked',
  detail: 'Threads says this account is suspended or disabled, so its settings could not be read.',
};
const RATE_LIMITED: SessionProblem = {
  state: 'rate-limited', reason: 'rate-limited',
  detail: 'Threads is limiting how often its pages can be loaded ("Please wait a few minutes before you try again").',
};
const AUTOMATION: SessionProblem = {
  state: 'automation-blocked', reason: 'automation-blocked',
  detail: 'Threads turned Chaperone\'s browser away as automated (it said it suspects automated behaviour), so nothing was read.',
};

/**
 * Classifies a signed-in page: where Threads sent the browser, the status, the data's message and
 * errors, then Threads' own English wordings. Null when nothing is wrong.
 */
export function sessionProblem(page: LoadedPage): SessionProblem | null {
  if (LOGIN_URL_PATTERN.test(page.url) || page.message === 'login_required') return SIGNED_OUT;
  if (CHALLENGE_URL_PATTERN.test(page.url) || page.message === 'checkpoint_required' || page.message === 'challenge_required') return CHALLENGE;
  if (SUSPENDED_URL_PATTERN.test(page.url)) return SUSPENDED;
  const said = (wording: RegExp): boolean => wording.test(page.text) || (page.errors ?? []).some((error) => wording.test(error));
  if (said(PROBLEM_WORDINGS.automation)) return AUTOMATION;
  if (page.status === 429 || said(PROBLEM_WORDINGS.rateLimited)) return RATE_LIMITED;
  if (page.message === 'feedback_required' || said(PROBLEM_WORDINGS.blocked)) return BLOCKED;
  if (said(PROBLEM_WORDINGS.challenge)) return CHALLENGE;
  if (page.status !== null && page.status >= 500) {
    return { state: 'unknown', reason: 'network-error', detail: `Threads' servers answered with an error (HTTP ${String(page.status)}).` };
  }
  if (page.status !== null && page.status >= 400) {
    return { state: 'unknown', reason: 'page-changed', detail: `Threads answered in a way Chaperone does not recognise (HTTP ${String(page.status)}).` };
  }
  return null;
}
