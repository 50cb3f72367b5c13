import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { RunningEmulators } from './types.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Headless Chromium wired to the emulators, for tests: pipe transport, a throw-away user-data-dir
 * (which --ignore-certificate-errors-spki-list needs), and the project's quiet-browser flags.
 */
export async function launchTestChromium(running: RunningEmulators, extraArgs: string[] = []): Promise<TestBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'chaperone-test-profile-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    pipe: true,
    headless: true,
    userDataDir,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
      ...running.browserArgs,
      ...extraArgs,
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
