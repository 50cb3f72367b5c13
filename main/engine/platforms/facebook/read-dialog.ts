import type { ElementHandle, Page } from 'puppeteer-core';
import { findAxNodes } from '../read-helpers/read-toggle.ts';
import type { FacebookTiming } from './facebook-timing.ts';

export type DialogReading =
  | { found: true; dialogName: string; checked: string }
  | { found: false; why: string };

const DIALOG = '[role="dialog"]';

/**
 * Opens a setting's audience dialog, reads which [role=radio] is checked from the accessibility
 * tree, and closes it again with Escape (or its Close button) without choosing anything.
 */
export async function readAudienceDialog(page: Page, button: ElementHandle, signal: AbortSignal, timing: FacebookTiming): Promise<DialogReading> {
  await button.click();
  let dialog: ElementHandle | null;
  try {
    dialog = await page.waitForSelector(DIALOG, { visible: true, timeout: timing.dialogWaitMs, signal });
  } catch (error) {
    if (signal.aborted) throw error;
    return { found: false, why: 'its choices did not open' };
  }
  if (dialog === null) return { found: false, why: 'its choices did not open' };
  try {
    const tree = await page.accessibility.snapshot({ root: dialog, interestingOnly: false });
    const checked = findAxNodes(tree, (node) => node.role === 'radio' && node.checked === true);
    const [only] = checked;
    if (only?.name === undefined || checked.length !== 1) return { found: false, why: 'no single choice was marked as chosen' };
    return { found: true, dialogName: tree?.name ?? '', checked: only.name };
  } finally {
    await dialog.dispose();
    await closeDialog(page, signal, timing);
  }
}

/** Escape first, as a person would; the Close button if the dialog stays. Never a choice. */
async function closeDialog(page: Page, signal: AbortSignal, timing: FacebookTiming): Promise<void> {
  const gone = async (): Promise<boolean> => {
    try {
      await page.waitForSelector(DIALOG, { hidden: true, timeout: timing.dialogWaitMs, signal });
      return true;
    } catch (error) {
      if (signal.aborted) throw error;
      return false;
    }
  };
  await page.keyboard.press('Escape');
  if (await gone()) return;
  const close = await page.$(`${DIALOG} [aria-label="Close"][role="button"]`);
  if (close === null) return;
  await close.click();
  await close.dispose();
  await gone();
}
