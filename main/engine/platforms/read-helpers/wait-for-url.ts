import type { Page } from 'puppeteer-core';
import type { WaitOptions } from './capture-response.ts';

/**
 * Resolves with the page's address once it matches `pattern`, whether the app got there by a
 * real navigation or by changing history in place (single-page apps do the latter).
 */
export async function waitForUrl(page: Page, pattern: RegExp, options: WaitOptions): Promise<string> {
  const handle = await page.waitForFunction(
    (source: string, flags: string) => new RegExp(source, flags).test(location.href) ? location.href : null,
    { polling: 100, timeout: options.timeoutMs, signal: options.signal },
    pattern.source,
    pattern.flags,
  );
  const href = await handle.jsonValue();
  await handle.dispose();
  return typeof href === 'string' ? href : page.url();
}
