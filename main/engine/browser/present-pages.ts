/**
 * Gives every page of the hidden audit browser the installed browser's client hints and the
 * person's locale. The user agent switch on the command line already reaches every page and
 * worker, but it leaves the detailed client hints (architecture, full version list) empty, which
 * the installed browser never does; the page-level override fills them, and the page's dedicated
 * workers inherit it. The window's outer size is given from the page's first script.
 */
import { TargetType, type Browser, type Page, type Target } from 'puppeteer-core';
import type { UserAgentMetadata } from './installed-identity.ts';
import { WINDOW_SIZE } from './presentation-args.ts';
import { acceptLanguage } from './system-language.ts';

export interface PagePresentation {
  userAgent: string;
  metadata: UserAgentMetadata | null;
  languages: readonly string[];
}

const presentations = new WeakMap<Browser, PagePresentation>();
const applied = new WeakMap<Page, Promise<void>>();

/** Every page this browser opens, in any context, popups included, is presented as the installed browser. */
export function presentEveryPage(browser: Browser, presentation: PagePresentation): void {
  presentations.set(browser, presentation);
  browser.on('targetcreated', (target: Target) => {
    if (target.type() !== TargetType.PAGE) return;
    target.page().then((page) => (page === null ? undefined : presentPage(page, presentation))).catch(() => undefined);
  });
}

/** The page, once its presentation is in place: use before the page's first navigation. */
export async function presentedPage(page: Page): Promise<Page> {
  const presentation = presentations.get(page.browser());
  if (presentation !== undefined) await presentPage(page, presentation);
  return page;
}

function presentPage(page: Page, presentation: PagePresentation): Promise<void> {
  let done = applied.get(page);
  if (done === undefined) {
    done = apply(page, presentation);
    applied.set(page, done);
  }
  return done;
}

async function apply(page: Page, { userAgent, metadata, languages }: PagePresentation): Promise<void> {
  // The session stays open: an override ends when the session that set it detaches.
  const session = await page.createCDPSession();
  if (metadata !== null) {
    await session.send('Emulation.setUserAgentOverride', {
      userAgent, acceptLanguage: acceptLanguage(languages), userAgentMetadata: metadata,
    });
  }
  const [locale] = languages;
  if (locale !== undefined) await session.send('Emulation.setLocaleOverride', { locale });
  await page.evaluateOnNewDocument(WINDOW_SIZE_FROM_THE_START);
}

/**
 * A hidden browser's page can read its window's outer size as 0 × 0 while its first scripts run,
 * until the size reaches the page's process: a classic sign of automation that the installed
 * browser never shows. Until then the page reads the window's real size. The browser's own getter
 * is wrapped, not replaced, so it still reads as native code, and the moment the size is known it
 * is the browser's own value that is read.
 */
const WINDOW_SIZE_FROM_THE_START = `(() => {
  for (const [name, size] of [['outerWidth', ${String(WINDOW_SIZE.width)}], ['outerHeight', ${String(WINDOW_SIZE.height)}]]) {
    const own = Object.getOwnPropertyDescriptor(window, name);
    if (own === undefined || own.get === undefined) continue;
    const get = new Proxy(own.get, { apply: (target, self, args) => Reflect.apply(target, self, args) || size });
    Object.defineProperty(window, name, { ...own, get });
  }
})();`;
