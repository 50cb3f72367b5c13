import type { Page } from 'puppeteer-core';
import { parseBlocks } from './embedded-json.ts';

/** The parsed `<script type="application/json">` blocks of the page as loaded. */
export async function readEmbeddedBlocks(page: Page): Promise<unknown[]> {
  const texts = await page.evaluate(() =>
    [...document.querySelectorAll('script[type="application/json"]')].map((script) => script.textContent));
  return parseBlocks(texts);
}
