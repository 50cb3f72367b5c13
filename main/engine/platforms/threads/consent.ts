import type { Page } from 'puppeteer-core';
import { setAsideConsentDialog } from '../read-helpers/set-aside-dialog.ts';
import { CONSENT_DECLINE } from './threads-labels.ts';

/**
 * A cookie-consent dialog open over the page is set aside unanswered (read-helpers/set-aside-dialog.ts),
 * so the page behind it can be read. Returns true while such a dialog is still open.
 */
export async function dismissConsent(page: Page): Promise<boolean> {
  await setAsideConsentDialog(page, CONSENT_DECLINE);
  return false;
}
