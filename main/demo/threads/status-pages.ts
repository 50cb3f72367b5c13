import type { ServerResponse } from 'node:http';
import { redirect, sendHtml } from '../http-util.ts';
import { page, sjsScript } from './html.ts';
import type { ThreadsState } from './state.ts';

/** Instagram's wording for its rate limit, which Threads shares (research §2.3). */
export const RATE_LIMIT_TEXT = 'Please wait a few minutes before you try again.';
export const BLOCKED_TITLE = 'Try again later';
export const BLOCKED_TEXT = 'We limit how often you can do certain things on Threads to protect our community. Tell us if you think we made a mistake.';

/**
 * What a signed-in page turns into when the account is in a bad state: challenge → the
 * account check, blocked → "Try again later" (feedback_required), rate limited → 429. Null when fine.
 */
export function troubledAnswer(state: ThreadsState, res: ServerResponse, url: URL): boolean {
  if (state.mode === 'challenge') {
    redirect(res, `/challenge/?next=${encodeURIComponent(url.pathname)}`);
    return true;
  }
  if (state.mode === 'rate-limited') {
    sendHtml(res, 429, page({ title: 'Threads', language: state.language, viewer: null, body: `<h1>${RATE_LIMIT_TEXT}</h1>` }));
    return true;
  }
  if (state.mode === 'blocked') {
    // The same answer Instagram's API gives, embedded for the page's own script to show.
    const feedback = { message: 'feedback_required', spam: true, feedback_title: 'Try Again Later', feedback_message: BLOCKED_TEXT, status: 'fail' };
    sendHtml(res, 200, page({
      title: 'Threads', language: state.language, viewer: state.account.username,
      body: `${sjsScript(feedback)}<div role="dialog" aria-labelledby="fb-title"><h2 id="fb-title">${BLOCKED_TITLE}</h2><p>${BLOCKED_TEXT}</p><button type="button">Tell us</button><button type="button">OK</button></div>`,
    }));
    return true;
  }
  return false;
}

/** https://www.threads.com/challenge/: the security check a person completes in their browser. */
export function challengePage(state: ThreadsState): string {
  return page({
    title: 'Confirm it\'s you • Threads', language: state.language, viewer: null,
    body: '<h1>Confirm it\'s you</h1><p>We noticed unusual activity on your account. To keep it secure, confirm it\'s you before you continue.</p><button type="button">Continue</button>',
  });
}
