import type { Page } from 'puppeteer-core';
import { embeddedMessage } from './embedded-json.ts';
import { readEmbeddedBlocks } from './page-data.ts';
import type { LoadedPage } from './session-verdict.ts';

export interface Loaded extends LoadedPage {
  blocks: unknown[];
}

/** Opens a Threads page (following its redirects) and collects what the session checks need. */
export async function loadPage(page: Page, url: string, signal: AbortSignal, timeoutMs: number): Promise<Loaded> {
  const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs, signal });
  const blocks = await readEmbeddedBlocks(page);
  const text = await page.evaluate(() => document.body.innerText);
  return { url: page.url(), status: response?.status() ?? null, message: embeddedMessage(blocks), text, blocks };
}
