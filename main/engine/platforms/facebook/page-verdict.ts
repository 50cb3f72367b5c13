import type { SessionProblem } from '../read-helpers/failure-reason.ts';
import { CHECKPOINT_URL_PATTERN, LOGIN_URL_PATTERN } from './facebook-urls.ts';

export type { SessionProblem } from '../read-helpers/failure-reason.ts';

/** What a loaded Facebook page looks like, enough to tell the session's state. */
export interface PageLook {
  url: string;
  /** HTTP status of the document; null when the browser gave none. */
  status: number | null;
  /** The page's visible text (the start of it is enough). */
  text: string;
  /** A password box: Facebook's login form, shown in place of the page. */
  loginForm: boolean;
  /** Facebook's [role=main] content area. */
  main: boolean;
}

export type PageVerdict = { state: 'signed-in' } | SessionProblem;

/** Facebook's block pages (research §1.4). The "going too fast" one is a rate limit, checked first. */
const TOO_FAST = /going too fast/i;
const BLOCKED = /you['’]re temporarily blocked|you can['’]t use this feature (?:right now|at the moment)|we suspended your account/i;

export function classifyPage(look: PageLook): PageVerdict {
  if (LOGIN_URL_PATTERN.test(look.url)) return signedOut();
  if (CHECKPOINT_URL_PATTERN.test(look.url)) {
    return { state: 'challenge', reason: 'challenge', detail: 'Facebook asked for a security check before showing the account. Sign in to Facebook from Chaperone, complete the check, then run the audit again.' };
  }
  if (look.status === 429 || TOO_FAST.test(look.text)) {
    return { state: 'rate-limited', reason: 'rate-limited', detail: 'Facebook says pages are being loaded too fast and has paused them for a while. Wait an hour or two, then run the audit again.' };
  }
  if (BLOCKED.test(look.text)) {
    return { state: 'blocked', reason: 'blocked', detail: "Facebook says this account is temporarily blocked from this feature, so its settings cannot be read. Try again later; if it lasts, open Facebook yourself to see why." };
  }
  if (look.loginForm) return signedOut();
  if (look.status !== null && look.status >= 500) {
    return { state: 'unknown', reason: 'network-error', detail: `Facebook's servers answered with an error (HTTP ${String(look.status)}). Try again later.` };
  }
  if (!look.main) {
    return { state: 'unknown', reason: 'page-changed', detail: "Facebook's settings page did not look the way Chaperone expects, so nothing on it was read." };
  }
  return { state: 'signed-in' };
}

function signedOut(): SessionProblem {
  return { state: 'signed-out', reason: 'signed-out', detail: "Chaperone's browser is not signed in to Facebook. Sign in to Facebook from Chaperone, then run the audit again." };
}
