import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { setAsideConsentDialog } from '../read-helpers/set-aside-dialog.ts';
import { CONSENT_WORDS } from './facebook-words.ts';
import type { FacebookTiming } from './facebook-timing.ts';
import { lookAt } from './page-look.ts';
import type { Expected, Look } from './page-look.ts';
import { classifyPage, sessionProblem } from './page-verdict.ts';
import type { PageVerdict } from './page-verdict.ts';

export type { Expected } from './page-look.ts';

export interface OpenedPage {
  verdict: PageVerdict;
  /** Signed in, and what the caller came for was drawn before the deadline. */
  recognised: boolean;
  /** `<html lang>`; null when the page has none. */
  language: string | null;
}

const POLL_MS = 250;

/**
 * Loads a Facebook page and waits, up to the content deadline, until its script has drawn either
 * what the caller came for or a page that means the session cannot be read (login, checkpoint,
 * automation warning, rate limit, block), whichever comes first; then closes the cookie dialog
 * if one is open. Facebook draws its pages after the document loads, so one look is never enough.
 */
export async function openFacebookPage(page: Page, url: string, signal: AbortSignal, timing: FacebookTiming, expected: Expected): Promise<OpenedPage> {
  const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
  const deadline = Date.now() + timing.contentWaitMs;
  let look: Look | null = null;
  for (;;) {
    look = await lookAt(page, response, expected).catch((error: unknown) => {
      // The page script navigated while it was being read: look again at the new document.
      if (signal.aborted || !/context was destroyed|detached|navigat/i.test(String(error))) throw error;
      return look;
    });
    if (look !== null) {
      const problem = sessionProblem(look);
      if (problem !== null) return { verdict: problem, recognised: false, language: language(look) };
      if (look.ready) break;
    }
    if (Date.now() >= deadline) {
      if (look === null) throw new Error('Facebook page could not be read: timed out');
      return { verdict: classifyPage(look), recognised: false, language: language(look) };
    }
    await sleep(POLL_MS, undefined, { signal });
  }
  // Answering the cookie dialog would record a choice with the account: it is set aside unanswered.
  await setAsideConsentDialog(page, CONSENT_WORDS.decline);
  return { verdict: classifyPage(look), recognised: look.main, language: language(look) };
}

function language(look: Look): string | null {
  return look.lang === '' ? null : look.lang;
}
