import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { QUIET_ARGS, runningAsRoot } from '../../main/engine/browser/launch-args.ts';
import type { RunningEmulators } from '../../main/demo/types.ts';

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
    // The audit browser's quiet flags and root rule, but images on: emulator tests look at everything pages ask for.
    args: [
      ...(runningAsRoot() ? ['--no-sandbox'] : []),
      ...QUIET_ARGS,
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
