/**
 * The real AccountBrowser: one browser per account on its own profile directory (hidden, or in a
 * visible window titled as Chaperone's with showBrowser), every page presented as the installed
 * browser and guarded by the platform's host allow-list, and a cookieless context for the
 * stranger view.
 */
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { guardPage, type RequestGuard } from '../browser/allow-list.ts';
import { closeWithin } from '../browser/bounded-launch.ts';
import { launchAuditBrowser } from '../browser/launch.ts';
import { presentedPage } from '../browser/present-pages.ts';
import { profileDirFor } from '../browser/profiles.ts';
import type { AccountSpec, PlatformReader } from '../types.ts';
import type { AccountBrowser, OpenAccountBrowser } from './runner.ts';

export interface BrowserOpenerOptions {
  executablePath: string;
  dataDir: string;
  /** Extra browser flags (the user's --browser-arg), per account where they differ. */
  extraArgs: readonly string[] | ((account: AccountSpec) => readonly string[]);
  /** How long a browser may take to start before it is killed. */
  launchTimeoutMs?: number;
  /** Read in a visible window instead of a hidden browser (--show-browser). */
  showBrowser?: boolean;
}

/** The visible window's title: the person sees whose window it is and what it is doing. */
export function readingWindowTitle(platformName: string): string {
  return `Chaperone — reading ${platformName}`;
}

export function browserOpener(options: BrowserOpenerOptions): OpenAccountBrowser {
  return async (account, reader, platformName = account.platform) => {
    const extraArgs = typeof options.extraArgs === 'function' ? options.extraArgs(account) : options.extraArgs;
    const browser = await launchAuditBrowser({
      executablePath: options.executablePath,
      profileDir: profileDirFor(options.dataDir, account),
      extraArgs,
      // No host outside the platform's own even resolves: covers WebSockets and workers the page guard cannot see.
      hosts: reader.hosts,
      launchTimeoutMs: options.launchTimeoutMs,
      ...(options.showBrowser === true ? { headless: false, windowTitle: readingWindowTitle(platformName) } : {}),
    });
    return accountBrowser(browser, reader);
  };
}

function accountBrowser(browser: Browser, reader: Pick<PlatformReader, 'hosts'>): AccountBrowser {
  const guards: RequestGuard[] = [];
  const contexts: BrowserContext[] = [];
  let closing = false;
  const guarded = async (page: Page): Promise<Page> => {
    await presentedPage(page);
    guards.push(await guardPage(page, { hosts: reader.hosts }));
    return page;
  };
  return {
    newPage: async () => guarded(await browser.newPage()),
    newStrangerPage: async () => {
      const context = await browser.createBrowserContext();
      contexts.push(context);
      return guarded(await context.newPage());
    },
    requestsBlocked: () => ({
      offHost: guards.reduce((sum, g) => sum + g.blockedOffHost, 0),
      hosts: [...new Set(guards.flatMap((g) => [...g.blockedHosts]))].sort(),
      resources: guards.reduce((sum, g) => sum + g.blockedResources, 0),
    }),
    onCrash: (listener) => {
      browser.once('disconnected', () => { if (!closing) listener(); });
    },
    close: async () => {
      closing = true;
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await closeWithin(browser);
    },
  };
}
