import type { ElementHandle, Page } from 'puppeteer-core';
import type { FacebookTiming } from './facebook-timing.ts';
import { CONSENT_WORDS } from './facebook-words.ts';

/**
 * Closes Facebook's cookie dialog, if one is open, with the button that allows the least
 * ("Decline optional cookies"), as a person would before using the page. It is a choice about
 * this browser's cookies, not an account setting. A dialog that will not close is left: the
 * reader never reads it as a setting, and falls back to what is written on the page.
 */
export async function dismissCookieConsent(page: Page, signal: AbortSignal, timing: FacebookTiming): Promise<void> {
  const handle = await page.evaluateHandle((dialogSource: string, dismissSource: string) => {
    const dialogPattern = new RegExp(dialogSource, 'i');
    const dismissPattern = new RegExp(dismissSource, 'i');
    for (const dialog of document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')) {
      if (!dialogPattern.test(dialog.innerText)) continue;
      const button = [...dialog.querySelectorAll<HTMLElement>('[role="button"], button')]
        .find((b) => dismissPattern.test((b.getAttribute('aria-label') ?? b.innerText).replace(/\s+/g, ' ').trim()));
      if (button !== undefined) return button;
    }
    return null;
  }, CONSENT_WORDS.dialog.source, CONSENT_WORDS.dismiss.source);
  const button = handle.asElement() as ElementHandle | null;
  if (button === null) { await handle.dispose(); return; }
  try {
    await button.click();
    await page.waitForFunction((el: Element) => !el.isConnected || el.closest('[role="dialog"], [role="alertdialog"]') === null,
      { timeout: timing.dialogWaitMs, signal }, button);
  } catch (error) {
    if (signal.aborted) throw error;
  } finally {
    await button.dispose();
  }
}
