import type { SessionProblem } from '../read-helpers/failure-reason.ts';
import { CHECKPOINT_URL_PATTERN, LOGIN_URL_PATTERN } from './facebook-urls.ts';
import { SESSION_WORDS } from './facebook-words.ts';

export type { SessionProblem } from '../read-helpers/failure-reason.ts';

/** What a loaded Facebook page looks like, enough to tell the session's state. */
export interface PageLook {
  url: string;
  /** HTTP status of the document; null when the browser gave none. */
  status: number | null;
  /** The page's visible text (the start of it is enough), with the messages of its embedded error list. */
  text: string;
  /** A password box: Facebook's login form, shown in place of the page. */
  loginForm: boolean;
  /** Facebook's [role=main] content area. */
  main: boolean;
}

export type PageVerdict = { state: 'signed-in' } | SessionProblem;

/**
 * A page that means the session cannot be read, or null when nothing on it says so (yet: the
 * caller keeps looking while the page is still being drawn). Each detail says what happened
 * only; the audit adds what to do about it.
 */
export function sessionProblem(look: PageLook): SessionProblem | null {
  if (LOGIN_URL_PATTERN.test(look.url)) return signedOut();
  if (CHECKPOINT_URL_PATTERN.test(look.url) || SESSION_WORDS.challenge.test(look.text)) {
    return { state: 'challenge', reason: 'challenge', detail: 'Facebook asked for a security check before showing the account.' };
  }
  // Before the block words: Facebook's warning says the account may be "temporarily restricted".
  if (SESSION_WORDS.automation.test(look.text)) {
    return { state: 'automation-blocked', reason: 'automation-blocked', detail: 'Facebook said it suspects automated behaviour and showed its warning instead of the page.' };
  }
  if (look.status === 429 || SESSION_WORDS.rateLimited.test(look.text)) {
    return { state: 'rate-limited', reason: 'rate-limited', detail: 'Facebook says pages are being loaded too often and has paused them for a while.' };
  }
  if (SESSION_WORDS.blocked.test(look.text)) {
    return { state: 'blocked', reason: 'blocked', detail: 'Facebook says this account is temporarily blocked from this feature, so its settings cannot be read. Try again later; if it lasts, open Facebook yourself to see why.' };
  }
  if (look.loginForm) return signedOut();
  if (look.status !== null && look.status >= 500) {
    return { state: 'unknown', reason: 'network-error', detail: `Facebook's servers answered with an error (HTTP ${String(look.status)}).` };
  }
  return null;
}

/** The verdict on a page that has finished drawing. */
export function classifyPage(look: PageLook): PageVerdict {
  const problem = sessionProblem(look);
  if (problem !== null) return problem;
  if (!look.main) {
    return { state: 'unknown', reason: 'page-changed', detail: "Facebook's page did not look the way Chaperone expects, so nothing on it was read." };
  }
  return { state: 'signed-in' };
}

function signedOut(): SessionProblem {
  return { state: 'signed-out', reason: 'signed-out', detail: "Chaperone's browser is not signed in to Facebook: Facebook showed its login page." };
}
