/** The Instagram reader's tests: an emulated Instagram with the audit browser signed in through its own login form. */
import type { Browser } from 'puppeteer-core';
import { INSTAGRAM_HOSTS } from '../../../main/engine/platforms/instagram/index.ts';
import type { AccountSpec, PlatformReader, PlatformReadResult } from '../../../main/engine/types.ts';
import { startEmulators, type RunningEmulators } from '../../../main/demo/harness.ts';
import { createInstagramEmulator, signInToInstagram, type InstagramEmulator, type InstagramInit } from '../../../main/demo/instagram/index.ts';
import { guardedPage, launchTestBrowser, readOnce, type ContextOptions } from '../../support/reader-context.ts';

export const INSTAGRAM_ACCOUNT: AccountSpec = { id: 'personal-instagram', platform: 'instagram', label: 'Personal Instagram', kind: 'personal' };

export interface SignedInInstagram {
  instagram: InstagramEmulator;
  emulators: RunningEmulators;
  browser: Browser;
  close(): Promise<void>;
}

/** An emulated Instagram with the audit browser signed in to it through the login form. */
export async function signedInInstagram(init: InstagramInit = {}): Promise<SignedInInstagram> {
  const instagram = createInstagramEmulator(init);
  const emulators = await startEmulators([instagram.emulator]);
  const browser = await launchTestBrowser(emulators.browserArgs);
  const page = await guardedPage(browser, INSTAGRAM_HOSTS);
  await signInToInstagram(page, instagram.credentials);
  await page.close();
  return { instagram, emulators, browser, close: async () => { await browser.close(); await emulators.close(); } };
}

export type InstagramContextOptions = Partial<Omit<ContextOptions, 'hosts'>>;

/** One read of the account as the runner would do it; checks the reader closed its pages. */
export async function readAccount(browser: Browser, reader: PlatformReader, options: InstagramContextOptions = {}): Promise<PlatformReadResult> {
  return readOnce(browser, reader, { account: INSTAGRAM_ACCOUNT, hosts: reader.hosts, ...options });
}

export { reasonsOf, valuesOf } from '../../support/reader-results.ts';
