import type { Page } from 'puppeteer-core';
import { setTimeout as delay } from 'node:timers/promises';
import type { AxNode } from '../read-helpers/read-toggle.ts';
import { findAxNodes } from '../read-helpers/read-toggle.ts';
import { setAsideConsentDialog } from '../read-helpers/set-aside-dialog.ts';
import { CONSENT_DECLINE } from './instagram-labels.ts';
import type { InstagramTiming } from './instagram-timing.ts';
import { snapshot } from './page-controls.ts';

/** Any form control: the page's app has drawn its settings. */
const CONTROL = 'main [role="switch"], main [role="checkbox"], main [role="radio"], main input, main textarea';
const POLL_MS = 250;
/** Looks in a row that found the same controls: the page has finished drawing. */
const STEADY_LOOKS = 3;

/**
 * Waits for a settings page drawn by script: first, up to the deadline (`waitMs`), for any control
 * at all; then closes the cookie dialog if one is open; then until every wanted control is shown,
 * or the page has stopped drawing new controls (never longer than `graceMs`). Only the deadline
 * throws (a timeout).
 */
export async function waitForControls(page: Page, allShown: (tree: AxNode | null) => boolean, signal: AbortSignal, timing: InstagramTiming): Promise<void> {
  await page.waitForSelector(CONTROL, { timeout: timing.waitMs, signal });
  // Set aside unanswered: answering would record a choice with the account.
  await setAsideConsentDialog(page, CONSENT_DECLINE).catch(() => false);
  const until = Date.now() + timing.graceMs;
  let last = '';
  let steady = 0;
  for (;;) {
    const tree = await snapshot(page);
    if (allShown(tree)) return;
    const seen = findAxNodes(tree, (n) => ['switch', 'checkbox', 'radio'].includes(n.role)).map((n) => `${n.role}:${n.name ?? ''}`).join('|');
    steady = seen === last ? steady + 1 : 0;
    last = seen;
    if (steady >= STEADY_LOOKS - 1 || Date.now() >= until) return;
    await delay(POLL_MS, undefined, { signal });
  }
}

