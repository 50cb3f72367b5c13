import type { ElementHandle, Page } from 'puppeteer-core';
import { findAxNodes } from '../read-helpers/read-toggle.ts';
import type { FacebookTiming } from './facebook-timing.ts';

export type DialogReading =
  | { found: true; dialogName: string; checked: string }
  | { found: false; why: 'did-not-open' | 'no-single-choice' };

const DIALOGS = '[role="dialog"], [role="alertdialog"]';

/**
 * Clicks a setting's button and reads the dialog that click opened: only a dialog that was not
 * there before the click counts (a cookie dialog or any other one already open is never read).
 * Reads which [role=radio] is checked from the accessibility tree, then closes that dialog with
 * Escape (or its Close button) without choosing anything. The caller checks the dialog's name.
 */
export async function readAudienceDialog(page: Page, button: ElementHandle, signal: AbortSignal, timing: FacebookTiming): Promise<DialogReading> {
  const before = await page.$$(DIALOGS);
  let dialog: ElementHandle | null;
  try {
    await button.click();
    const opened = await page.waitForFunction((selector: string, ...old: Element[]) => {
      const known = new Set(old);
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .find((d) => !known.has(d) && d.getClientRects().length > 0 && getComputedStyle(d).visibility !== 'hidden') ?? false;
    }, { timeout: timing.dialogWaitMs, signal, polling: 100 }, DIALOGS, ...before);
    dialog = opened.asElement() as ElementHandle | null;
    if (dialog === null) { await opened.dispose(); return { found: false, why: 'did-not-open' }; }
  } catch (error) {
    if (signal.aborted) throw error;
    return { found: false, why: 'did-not-open' };
  } finally {
    await Promise.all(before.map((d) => d.dispose()));
  }
  try {
    const tree = await page.accessibility.snapshot({ root: dialog, interestingOnly: false });
    const checked = findAxNodes(tree, (node) => node.role === 'radio' && node.checked === true);
    const [only] = checked;
    if (only?.name === undefined || checked.length !== 1) return { found: false, why: 'no-single-choice' };
    return { found: true, dialogName: tree?.name ?? '', checked: only.name };
  } finally {
    await closeDialog(page, dialog, signal, timing);
    await dialog.dispose();
  }
}

/** Escape first, as a person would; the dialog's own Close button if it stays. Never a choice. */
async function closeDialog(page: Page, dialog: ElementHandle, signal: AbortSignal, timing: FacebookTiming): Promise<void> {
  const gone = async (): Promise<boolean> => {
    try {
      await page.waitForFunction((el: Element) => !el.isConnected || el.getClientRects().length === 0,
        { timeout: timing.dialogWaitMs, signal, polling: 100 }, dialog);
      return true;
    } catch (error) {
      if (signal.aborted) throw error;
      return false;
    }
  };
  await page.keyboard.press('Escape');
  if (await gone()) return;
  const close = await dialog.$('[aria-label="Close"][role="button"]');
  if (close === null) return;
  await close.click();
  await close.dispose();
  await gone();
}
