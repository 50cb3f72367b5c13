import type { ServerResponse } from 'node:http';
import { redirect, sendHtml } from '../http-util.ts';
import { escapeHtml, page, relayPreload, sjsScript } from './html.ts';
import { AUTOMATION_TEXT, AUTOMATION_TITLE } from './labels.ts';
import type { ThreadsState } from './state.ts';

/** Instagram's wording for its rate limit, which Threads shares (research §2.3). */
export const RATE_LIMIT_TEXT = 'Please wait a few minutes before you try again.';
export const BLOCKED_TITLE = 'Try again later';
export const BLOCKED_TEXT = 'We limit how often you can do certain things on Threads to protect our community. Tell us if you think we made a mistake.';
/** How long after load the late modes draw their message. */
export const LATE_PROBLEM_MS = 500;

/** Who is asking: the signed-in username, or null for a logged-out visitor. */
type Visitor = string | null;

/**
 * What a page turns into when the account or the client is in a bad state: challenge → the
 * account check, blocked → "Try again later" (feedback_required), rate limited → 429, and their
 * late forms drawn by script. The automation gate meets every visitor; the rest only the signed in.
 * False when the page is served as usual.
 */
export function troubledAnswer(state: ThreadsState, res: ServerResponse, url: URL, visitor: Visitor): boolean {
  const gated = state.mode === 'automation-gate' || state.variations.has('automation-gate');
  if (gated) { sendHtml(res, 200, lateShell(state, url, visitor, dialogScript(AUTOMATION_TITLE, AUTOMATION_TEXT))); return true; }
  if (visitor === null) return false;
  switch (state.mode) {
    case 'challenge': redirect(res, `/challenge/?next=${encodeURIComponent(url.pathname)}`); return true;
    case 'rate-limited':
      sendHtml(res, 429, page({ title: 'Threads', language: state.language, viewer: null, body: `<h1>${RATE_LIMIT_TEXT}</h1>` }));
      return true;
    case 'blocked': sendHtml(res, 200, blockedPage(state)); return true;
    case 'challenge-late':
      sendHtml(res, 200, lateShell(state, url, visitor, `<script>setTimeout(() => location.replace('/challenge/?next=' + encodeURIComponent(location.pathname)), ${String(LATE_PROBLEM_MS)});</script>`));
      return true;
    case 'blocked-late': sendHtml(res, 200, lateShell(state, url, visitor, dialogScript(BLOCKED_TITLE, BLOCKED_TEXT))); return true;
    case 'rate-limited-late': sendHtml(res, 200, lateShell(state, url, visitor, dialogScript('Something went wrong', RATE_LIMIT_TEXT))); return true;
    case 'rate-limited-embedded': {
      const errors = { errors: [{ message: RATE_LIMIT_TEXT, severity: 'CRITICAL', code: 1675004, summary: 'Rate limit exceeded', description: RATE_LIMIT_TEXT }] };
      sendHtml(res, 200, lateShell(state, url, visitor, '', sjsScript(errors)));
      return true;
    }
    case 'shell-only': sendHtml(res, 200, lateShell(state, url, visitor, '')); return true;
    case 'automation-gate': // answered above
    case 'ok': return false;
  }
}

/**
 * The app's shell as it arrives before its script decides what to show: the navigation with the
 * viewer's profile link, and only a stub naming the viewer (or the profile asked for) in its data.
 */
function lateShell(state: ThreadsState, url: URL, visitor: Visitor, script: string, extraData = ''): string {
  const username = /^\/@([A-Za-z0-9._]{1,30})\/?$/.exec(url.pathname)?.[1];
  const stub = username !== undefined ? { user: { username } } : { viewer: visitor === null ? null : { username: visitor } };
  return page({
    title: 'Threads', language: state.language, viewer: visitor, variations: new Set(),
    data: `${sjsScript(relayPreload('BarcelonaShellQuery', stub))}${extraData}`,
    body: '<div role="progressbar" aria-label="Loading"></div>',
    scripts: script,
  });
}

/** A dialog drawn by the page's script after load. */
function dialogScript(title: string, text: string): string {
  const html = `<h2 id="late-title">${escapeHtml(title)}</h2><p>${escapeHtml(text)}</p><button type="button">OK</button>`;
  return `<script>setTimeout(() => {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-labelledby', 'late-title');
  dialog.innerHTML = ${JSON.stringify(html)};
  document.body.append(dialog);
}, ${String(LATE_PROBLEM_MS)});</script>`;
}

function blockedPage(state: ThreadsState): string {
  // The same answer Instagram's API gives, embedded for the page's own script to show.
  const feedback = { message: 'feedback_required', spam: true, feedback_title: 'Try Again Later', feedback_message: BLOCKED_TEXT, status: 'fail' };
  return page({
    title: 'Threads', language: state.language, viewer: state.account.username, data: sjsScript(feedback),
    body: `<div role="dialog" aria-labelledby="fb-title"><h2 id="fb-title">${BLOCKED_TITLE}</h2><p>${BLOCKED_TEXT}</p><button type="button">Tell us</button><button type="button">OK</button></div>`,
  });
}

/** https://www.threads.com/challenge/: the security check a person completes in their browser. */
export function challengePage(state: ThreadsState): string {
  return page({
    title: 'Confirm it\'s you • Threads', language: state.language, viewer: null,
    body: '<h1>Confirm it\'s you</h1><p>We noticed unusual activity on your account. To keep it secure, confirm it\'s you before you continue.</p><button type="button">Continue</button>',
  });
}
