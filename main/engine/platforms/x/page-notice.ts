import type { Page } from 'puppeteer-core';
import type { SessionProblem } from '../read-helpers/failure-reason.ts';
import { X_NOTICES } from './x-labels.ts';

/**
 * Waits for X to draw one of its messages instead of the page (rate limit, locked or suspended
 * account, the automation gate), however late its script draws it. Rejects at the deadline.
 */
export async function waitForNotice(page: Page, signal: AbortSignal, timeoutMs: number): Promise<SessionProblem> {
  const handle = await page.waitForFunction((sources: string[]) => {
    const text = (document.body as HTMLElement | null)?.innerText ?? '';
    const index = sources.findIndex((source) => new RegExp(source, 'i').test(text));
    return index < 0 ? false : index;
  }, { signal, timeout: timeoutMs, polling: 200 }, X_NOTICES.map((notice) => notice.text.source));
  const index = await handle.jsonValue() as number;
  await handle.dispose();
  const notice = X_NOTICES[index];
  if (notice === undefined) throw new Error('X showed a message the reader does not know.');
  return { state: notice.kind, reason: notice.kind, detail: notice.detail };
}
