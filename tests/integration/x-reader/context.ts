/** The X reader's tests: an emulated X with the audit browser signed in through X's own login form. */
import type { Browser } from 'puppeteer-core';
import { X_HOSTS } from '../../../main/engine/platforms/x/index.ts';
import type { AccountSpec } from '../../../main/engine/types.ts';
import { startEmulators, type RunningEmulators } from '../../../main/demo/harness.ts';
import { createXEmulator, signInToX, type XEmulator } from '../../../main/demo/x/index.ts';
import { guardedPage, launchTestBrowser, readerContext as baseContext, type ContextOptions, type TestReaderContext } from '../../support/reader-context.ts';

export { CHROMIUM, guardedPage, launchTestBrowser, type TestReaderContext } from '../../support/reader-context.ts';

export const X_ACCOUNT: AccountSpec = { id: 'personal-x', platform: 'x', label: 'Personal X', kind: 'personal' };

export type XContextOptions = Omit<ContextOptions, 'account'> & { account?: AccountSpec };

/** A reader context for the personal X account unless told otherwise. */
export function readerContext(browser: Browser, options: XContextOptions): TestReaderContext {
  return baseContext(browser, { account: X_ACCOUNT, ...options });
}

/** An emulated X with the audit browser signed in to it through X's own login form. */
export interface SignedInX {
  x: XEmulator;
  emulators: RunningEmulators;
  browser: Browser;
  close(): Promise<void>;
}

export async function signedInX(): Promise<SignedInX> {
  const x = createXEmulator();
  const emulators = await startEmulators([x.emulator]);
  const browser = await launchTestBrowser(emulators.browserArgs);
  const page = await guardedPage(browser, X_HOSTS);
  await signInToX(page, x.credentials);
  await page.close();
  return { x, emulators, browser, close: async () => { await browser.close(); await emulators.close(); } };
}
