import type { Page } from 'puppeteer-core';
import { setTimeout as delay } from 'node:timers/promises';
import { HARD_STOPS } from './instagram-labels.ts';
import { AUTOMATION_BLOCKED, BLOCKED, CHALLENGE, RATE_LIMITED } from './session-verdict.ts';
import type { SessionProblem } from './session-verdict.ts';

const PROBLEMS: Record<(typeof HARD_STOPS)[number]['state'], SessionProblem> = {
  'automation-blocked': AUTOMATION_BLOCKED, 'rate-limited': RATE_LIMITED, challenge: CHALLENGE, blocked: BLOCKED,
};

/** How often a page is looked at again for a hard stop its script may draw after load. */
const POLL_MS = 200;

/**
 * The hard stop a signed-in Instagram page shows, or null: its words on the screen (alerts and
 * dialogs included), or a message in an error list of the page's embedded data
 * (`<script type="application/json">`). Text the person wrote (a bio in a form field) is not
 * screen text here: only what the page itself says.
 */
export async function pageHardStop(page: Page): Promise<SessionProblem | null> {
  const said = await page.evaluate(() => {
    const messages: string[] = [document.body.innerText];
    const collect = (value: unknown, inErrors: boolean): void => {
      if (Array.isArray(value)) { for (const v of value) collect(v, inErrors); return; }
      if (value === null || typeof value !== 'object') return;
      for (const [key, v] of Object.entries(value)) {
        if (inErrors && typeof v === 'string' && /^(?:message|summary|description|error_type)$/.test(key)) messages.push(v);
        else collect(v, inErrors || key === 'errors' || key === 'error');
      }
    };
    for (const script of document.querySelectorAll('script[type="application/json"]')) {
      try { collect(JSON.parse(script.textContent), false); } catch { /* not JSON: nothing said */ }
    }
    return messages;
  }).catch(() => [] as string[]);
  return hardStopIn(said);
}

export function hardStopIn(messages: readonly string[]): SessionProblem | null {
  for (const stop of HARD_STOPS) if (messages.some((m) => stop.words.test(m))) return PROBLEMS[stop.state];
  return null;
}

/** Resolves with the first hard stop the page draws; fails once the deadline has passed without one. */
export async function watchForHardStop(page: Page, signal: AbortSignal, deadlineMs: number): Promise<SessionProblem> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    signal.throwIfAborted();
    if (Date.now() > until) throw new Error('No hard stop on the page before the deadline (timeout).');
    const problem = await pageHardStop(page);
    if (problem !== null) return problem;
    await delay(POLL_MS, undefined, { signal });
  }
}
