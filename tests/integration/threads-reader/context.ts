/** The Threads reader's tests: an emulated Threads with the audit browser logged in through its own login form. */
import type { Browser } from 'puppeteer-core';
import { THREADS_HOSTS } from '../../../main/engine/platforms/threads/index.ts';
import type { AccountSpec } from '../../../main/engine/types.ts';
import { startEmulators, type RunningEmulators } from '../../../main/demo/harness.ts';
import { createThreadsEmulator, signInToThreads, type ThreadsEmulator } from '../../../main/demo/threads/index.ts';
import { guardedPage, launchTestBrowser, readerContext as baseContext, type ContextOptions, type TestReaderContext } from '../../support/reader-context.ts';

export const THREADS_ACCOUNT: AccountSpec = { id: 'personal-threads', platform: 'threads', label: 'Personal Threads', kind: 'personal' };

export type ThreadsContextOptions = Omit<ContextOptions, 'account'> & { account?: AccountSpec };

export function readerContext(browser: Browser, options: ThreadsContextOptions): TestReaderContext {
  return baseContext(browser, { account: THREADS_ACCOUNT, ...options });
}

export interface SignedInThreads {
  threads: ThreadsEmulator;
  emulators: RunningEmulators;
  browser: Browser;
  close(): Promise<void>;
}

/** An emulated Threads with the audit browser logged in to it through https://www.threads.com/login. */
export async function signedInThreads(): Promise<SignedInThreads> {
  const threads = createThreadsEmulator();
  const emulators = await startEmulators([threads.emulator]);
  const browser = await launchTestBrowser(emulators.browserArgs);
  const page = await guardedPage(browser, THREADS_HOSTS);
  await signInToThreads(page, threads.credentials);
  await page.close();
  return { threads, emulators, browser, close: async () => { await browser.close(); await emulators.close(); } };
}
