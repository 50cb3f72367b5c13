import type { Page } from 'puppeteer-core';
import { handleFromProfileUrl } from './facebook-urls.ts';

/**
 * The handle of the profile open in `page` when its address does not name it (Facebook may serve
 * the profile at /me without redirecting): from the page's canonical address first, then from the
 * links on the page named with the profile's own name (the top bar's shortcut to your profile).
 * Null unless every such link agrees on one profile.
 */
export async function ownHandleFromPage(page: Page, name: string): Promise<string | null> {
  const found = await page.evaluate((ownName: string) => {
    const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
    const canonical = [
      document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    ].filter((href): href is string => typeof href === 'string' && href !== '');
    const named = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => clean(a.getAttribute('aria-label')) === ownName || clean(a.innerText) === ownName)
      .map((a) => a.href);
    return { canonical: canonical.map((href) => new URL(href, location.href).href), named };
  }, name);
  for (const href of found.canonical) {
    const handle = handleFromProfileUrl(href);
    if (handle !== null) return handle;
  }
  const handles = new Set(found.named.map(handleFromProfileUrl).filter((h): h is string => h !== null));
  return handles.size === 1 ? [...handles][0] ?? null : null;
}
