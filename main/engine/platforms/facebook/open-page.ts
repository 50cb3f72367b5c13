import type { Page } from 'puppeteer-core';
import { readPageLanguage } from '../read-helpers/page-locale.ts';
import type { FacebookTiming } from './facebook-timing.ts';
import { classifyPage } from './page-verdict.ts';
import type { PageLook, PageVerdict } from './page-verdict.ts';

export interface OpenedPage {
  verdict: PageVerdict;
  /** `<html lang>`; null when it could not be read or the page has none. */
  language: string | null;
}

/**
 * Loads a Facebook page (Facebook draws its settings in the document itself) and says what state
 * the session is in: signed in, or sent to log in, to a checkpoint, or to a block page.
 */
export async function openFacebookPage(page: Page, url: string, signal: AbortSignal, timing: FacebookTiming): Promise<OpenedPage> {
  const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
  const look: PageLook = {
    url: page.url(),
    status: response?.status() ?? null,
    ...(await page.evaluate(() => ({
      text: (document.body as HTMLElement | null)?.innerText.slice(0, 4000) ?? '',
      loginForm: document.querySelector('input[name="pass"], input[type="password"]') !== null,
      main: document.querySelector('[role="main"]') !== null,
    }))),
  };
  return { verdict: classifyPage(look), language: await readPageLanguage(page).catch(() => null) };
}
