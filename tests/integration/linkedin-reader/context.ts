/** The LinkedIn reader's tests: an emulated LinkedIn with the audit browser signed in through its own login form. */
import type { Browser } from 'puppeteer-core';
import { LINKEDIN_HOSTS, linkedinReader } from '../../../main/engine/platforms/linkedin/index.ts';
import type { AccountSpec, PlatformReader, PlatformReadResult } from '../../../main/engine/types.ts';
import { startEmulators, type RunningEmulators } from '../../../main/demo/harness.ts';
import { createLinkedInEmulator, signInToLinkedIn, type LinkedInEmulator, type LinkedInInit } from '../../../main/demo/linkedin/index.ts';
import { guardedPage, launchTestBrowser, readOnce, type ContextOptions } from '../../support/reader-context.ts';

export const LINKEDIN_ACCOUNT: AccountSpec = { id: 'linkedin', platform: 'linkedin', label: 'LinkedIn', kind: 'professional' };

export interface SignedInLinkedIn {
  linkedin: LinkedInEmulator;
  emulators: RunningEmulators;
  browser: Browser;
  /** One read of the account as the runner would do it; checks the reader closed its pages. */
  audit(options?: Partial<ContextOptions>, reader?: PlatformReader): Promise<PlatformReadResult>;
  close(): Promise<void>;
}

export async function signedInLinkedIn(init: LinkedInInit = {}): Promise<SignedInLinkedIn> {
  const linkedin = createLinkedInEmulator(init);
  const emulators = await startEmulators([linkedin.emulator]);
  const browser = await launchTestBrowser(emulators.browserArgs);
  const page = await guardedPage(browser, LINKEDIN_HOSTS);
  await signInToLinkedIn(page, linkedin.credentials);
  await page.close();
  const audit = async (options: Partial<ContextOptions> = {}, reader = linkedinReader): Promise<PlatformReadResult> => {
    return readOnce(browser, reader, { hosts: reader.hosts, account: LINKEDIN_ACCOUNT, ...options });
  };
  return { linkedin, emulators, browser, audit, close: async () => { await browser.close(); await emulators.close(); } };
}

export { reasonsOf, valuesOf } from '../../support/reader-results.ts';
