import type { Page } from 'puppeteer-core';
import { setAsideConsentDialog } from '../read-helpers/set-aside-dialog.ts';
import { CONSENT_WORDS } from './facebook-words.ts';

/**
 * Facebook's cookie dialog, if one is open, is set aside unanswered (read-helpers/set-aside-dialog.ts):
 * answering it would record a choice with the account.
 */
export async function dismissCookieConsent(page: Page): Promise<void> {
  await setAsideConsentDialog(page, CONSENT_WORDS.decline);
}
