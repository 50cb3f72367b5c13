import type { Page } from 'puppeteer-core';
import { setTimeout as delay } from 'node:timers/promises';
import type { AxNode } from '../read-helpers/read-toggle.ts';
import { findAxNodes } from '../read-helpers/read-toggle.ts';
import { CONSENT_DIALOG } from './instagram-labels.ts';
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
  await declineCookieDialog(page);
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

/**
 * Instagram's cookie dialog, when one is open over the page: its "decline optional cookies" button
 * is pressed (a choice about this browser, never about the account), so the page beneath can be
 * read. Any other dialog is left alone, and no dialog is ever read as a setting.
 */
export async function declineCookieDialog(page: Page): Promise<void> {
  const pressed = await page.evaluate((titleSource: string, declineSource: string) => {
    const title = new RegExp(titleSource, 'i');
    const decline = new RegExp(declineSource, 'i');
    const nameOf = (el: Element): string => {
      const labelledBy = el.getAttribute('aria-labelledby');
      const byId = labelledBy === null ? null : document.getElementById(labelledBy);
      return el.getAttribute('aria-label') ?? byId?.textContent ?? '';
    };
    for (const dialog of document.querySelectorAll('[role="dialog"], dialog[open]')) {
      if (!title.test(nameOf(dialog))) continue;
      const button = [...dialog.querySelectorAll('button, [role="button"]')].find((b) => decline.test(b.textContent.trim()));
      if (button instanceof HTMLElement) { button.click(); return true; }
    }
    return false;
  }, CONSENT_DIALOG.title.source, CONSENT_DIALOG.decline.source).catch(() => false);
  if (pressed) await page.waitForFunction(() => document.querySelector('[role="dialog"][aria-modal="true"]') === null, { timeout: 2_000 }).catch(() => undefined);
}
