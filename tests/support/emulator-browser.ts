/**
 * One test browser on a platform's emulator (and any neighbours), for the emulator tests: each
 * test opens a page in a fresh cookie jar, signed in by handing it the session cookies the
 * platform's login sets (the login form is tested on its own).
 */
import type { BrowserContext, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { startEmulators, type RunningEmulators } from '../../main/demo/harness.ts';
import { launchTestChromium } from './launch-chromium.ts';
import type { Emulator, PlatformEmulator } from '../../main/demo/types.ts';

export interface EmulatorBrowser {
  readonly running: RunningEmulators;
  /** The cookie jar of the page opened last. */
  readonly context: BrowserContext;
  openPage(signedIn: boolean): Promise<Page>;
  /** Closes the test's cookie jar and fails the test if an emulator handler threw. */
  endTest(): Promise<void>;
  close(): Promise<void>;
}

export async function startEmulatorBrowser(platform: PlatformEmulator, neighbours: Emulator[] = []): Promise<EmulatorBrowser> {
  const running = await startEmulators([platform.emulator, ...neighbours]);
  const chromium = await launchTestChromium(running);
  let context: BrowserContext | undefined;
  return {
    running,
    get context(): BrowserContext {
      if (context === undefined) throw new Error('No page has been opened in this test.');
      return context;
    },
    async openPage(signedIn) {
      const fresh = await chromium.browser.createBrowserContext();
      context = fresh;
      if (signedIn) await fresh.setCookie(...platform.issueSessionCookies());
      return fresh.newPage();
    },
    async endTest() {
      await context?.close();
      context = undefined;
      expect(running.errors).toEqual([]);
    },
    async close() {
      await chromium.close();
      await running.close();
    },
  };
}
