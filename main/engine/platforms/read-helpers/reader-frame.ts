/** The frame every platform reader shares: pages closed at the end, nothing read, the stranger step. */
import type { Page } from 'puppeteer-core';
import { ALL_SETTINGS } from '../../types.ts';
import type { PlatformReadResult, ReaderContext, SessionState, StrangerView } from '../../types.ts';
import { reasonForFailure } from './failure-reason.ts';
import type { Failure } from './failure-reason.ts';
import { uncheckedStrangerView } from './stranger-view.ts';
import { unreadEvery } from './unread-every.ts';

/**
 * Runs one read with a context whose pages are all closed when the read ends, however it ends.
 * A step that timed out may still be opening a page: that page is closed as soon as it opens.
 */
export async function closingPages<T>(ctx: ReaderContext, read: (ctx: ReaderContext) => Promise<T>): Promise<T> {
  const pages: Page[] = [];
  let ended = false;
  const close = async (page: Page): Promise<void> => { await page.close().catch(() => undefined); };
  const tracked = (open: () => Promise<Page>) => async (): Promise<Page> => {
    const page = await open();
    if (ended) await close(page);
    else pages.push(page);
    return page;
  };
  try {
    return await read({ ...ctx, newPage: tracked(() => ctx.newPage()), newStrangerPage: tracked(() => ctx.newStrangerPage()) });
  } finally {
    ended = true;
    await Promise.all(pages.map(close));
  }
}

/** Nothing could be read: every setting of the platform, and every other item (ALL_SETTINGS), carries the reason. */
export function nothingRead(settings: readonly string[], session: SessionState, why: Failure): PlatformReadResult {
  return {
    session,
    sessionDetail: why.detail,
    observations: [],
    unread: [...unreadEvery(settings, why.reason, why.detail), { setting: ALL_SETTINGS, reason: why.reason, detail: why.detail }],
    identity: null,
    stranger: null,
  };
}

/**
 * Opens the profile in a cookieless page as its own step. A failed check is reported as not
 * checked, with the reason; the settings already read stand.
 */
export async function strangerStep(
  ctx: ReaderContext, platformName: string, url: string,
  read: (page: Page, signal: AbortSignal) => Promise<StrangerView>,
): Promise<StrangerView | null> {
  if (ctx.signal.aborted) return null;
  try {
    return await ctx.step(`Checking what a stranger sees on ${platformName}`, async (signal) => read(await ctx.newStrangerPage(), signal));
  } catch (error) {
    return uncheckedStrangerView(url, reasonForFailure(error, ctx.signal, platformName).detail);
  }
}
