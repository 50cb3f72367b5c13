import type { Page } from 'puppeteer-core';
import { CONSENT_DECLINE } from './threads-labels.ts';

/**
 * A cookie-consent dialog open over the page: declines optional cookies (a choice about this
 * browser, not the account) so the page behind it can be read. Never reads the dialog as a
 * setting. Returns true while such a dialog is still open.
 */
export async function dismissConsent(page: Page): Promise<boolean> {
  return page.evaluate((decline: string) => {
    const wording = new RegExp(decline, 'i');
    const dialogs = [...document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"], dialog')];
    for (const dialog of dialogs) {
      const buttons = [...dialog.querySelectorAll<HTMLElement>('button, [role="button"]')];
      const button = buttons.find((b) => wording.test((b.getAttribute('aria-label') ?? b.innerText).trim()));
      if (button === undefined) continue;
      button.click();
      return document.contains(dialog);
    }
    return false;
  }, CONSENT_DECLINE.source);
}
