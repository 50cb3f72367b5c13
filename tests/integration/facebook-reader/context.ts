/** The Facebook reader's tests: an emulated Facebook with the audit browser signed in through its own login form. */
import type { Browser } from 'puppeteer-core';
import { FACEBOOK_HOSTS } from '../../../main/engine/platforms/facebook/index.ts';
import type { AccountSpec, PlatformReader, PlatformReadResult } from '../../../main/engine/types.ts';
import { startEmulators, type RunningEmulators } from '../../../main/demo/harness.ts';
import { createFacebookEmulator, signInToFacebook, type FacebookEmulator, type FacebookInit } from '../../../main/demo/facebook/index.ts';
import { guardedPage, launchTestBrowser, readOnce, type ContextOptions } from '../../support/reader-context.ts';

export const FACEBOOK_ACCOUNT: AccountSpec = { id: 'personal-facebook', platform: 'facebook', label: 'Personal Facebook', kind: 'personal' };

/** An emulated Facebook with the audit browser signed in to it through Facebook's login form. */
export interface SignedInFacebook {
  facebook: FacebookEmulator;
  emulators: RunningEmulators;
  browser: Browser;
  /** One audit of the account, as the runner would do it; checks the reader closed its pages. */
  audit(reader: PlatformReader, options?: Partial<ContextOptions>): Promise<PlatformReadResult>;
  close(): Promise<void>;
}

export async function signedInFacebook(init: FacebookInit = {}): Promise<SignedInFacebook> {
  const facebook = createFacebookEmulator(init);
  const emulators = await startEmulators([facebook.emulator]);
  const browser = await launchTestBrowser(emulators.browserArgs);
  const page = await guardedPage(browser, FACEBOOK_HOSTS);
  await signInToFacebook(page, facebook.credentials);
  await page.close();
  return {
    facebook, emulators, browser,
    async audit(reader, options = {}) {
      return readOnce(browser, reader, { hosts: reader.hosts, account: FACEBOOK_ACCOUNT, ...options });
    },
    close: async () => { await browser.close(); await emulators.close(); },
  };
}

export { reasonsOf, valuesOf } from '../../support/reader-results.ts';
