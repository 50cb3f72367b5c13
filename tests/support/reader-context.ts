/**
 * A ReaderContext as the audit runner builds one, for reader tests: the real audit browser on
 * the emulators, the host allow-list on every page, strangers in their own cookieless context,
 * and the runner's step timeouts.
 */
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { guardPage } from '../../main/engine/browser/allow-list.ts';
import { launchAuditBrowser } from '../../main/engine/browser/launch.ts';
import { createStepRunner } from '../../main/engine/audit/steps.ts';
import type { AccountSpec, PlatformReader, PlatformReadResult, ReaderContext } from '../../main/engine/types.ts';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchTestBrowser(browserArgs: string[]): Promise<Browser> {
  return launchAuditBrowser({ executablePath: CHROMIUM, profileDir: null, extraArgs: browserArgs });
}

export async function guardedPage(target: Browser | BrowserContext, hosts: readonly string[]): Promise<Page> {
  const page = await target.newPage();
  await guardPage(page, { hosts });
  return page;
}

export interface TestReaderContext extends ReaderContext {
  /** Names of the steps the reader ran, in order. */
  steps: string[];
  /** Pages still open once the reader returned (it should close its own). */
  openPages(): Promise<number>;
  dispose(): Promise<void>;
}

export interface ContextOptions {
  hosts: readonly string[];
  /** The account being read; the reader sees its platform, label and kind. */
  account: AccountSpec;
  stepTimeoutMs?: number;
  /** Where signed-in pages open; a fresh cookieless context stands for a browser never signed in. */
  signedIn?: BrowserContext;
}

export function readerContext(browser: Browser, options: ContextOptions): TestReaderContext {
  const controller = new AbortController();
  const steps: string[] = [];
  const strangers: BrowserContext[] = [];
  const home = options.signedIn ?? browser.defaultBrowserContext();
  const pagesBefore = home.pages();
  return {
    account: options.account,
    signal: controller.signal,
    steps,
    step: createStepRunner(controller.signal, options.stepTimeoutMs ?? 15_000, (name) => { steps.push(name); }),
    newPage: () => guardedPage(home, options.hosts),
    newStrangerPage: async () => {
      const context = await browser.createBrowserContext();
      strangers.push(context);
      return guardedPage(context, options.hosts);
    },
    openPages: async () => {
      const before = await pagesBefore;
      const contexts = [home, ...strangers];
      const now = (await Promise.all(contexts.map((c) => c.pages()))).flat();
      return now.filter((p) => !before.includes(p)).length;
    },
    dispose: async () => {
      controller.abort();
      await Promise.all(strangers.map((c) => c.close().catch(() => undefined)));
    },
  };
}

/** One read of the account, as the runner would do it; fails the test if the reader left a page open. */
export async function readOnce(browser: Browser, reader: PlatformReader, options: ContextOptions): Promise<PlatformReadResult> {
  const ctx = readerContext(browser, options);
  try {
    const result = await reader.read(ctx);
    expect(await ctx.openPages()).toBe(0);
    return result;
  } finally {
    await ctx.dispose();
  }
}
