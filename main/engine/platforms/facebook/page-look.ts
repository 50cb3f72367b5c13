import type { HTTPResponse, Page } from 'puppeteer-core';
import type { PageLook } from './page-verdict.ts';

/** What the caller came for, to tell a page still being drawn from one that is there. */
export interface Expected {
  /** A line of [role=main] matching one of these (whole line, regex sources, case ignored). */
  lines?: readonly string[];
  /** A name heading (h1) in [role=main]. */
  heading?: boolean;
}

export interface Look extends PageLook {
  /** The expected content is drawn, or the page is in a language whose lines cannot be matched. */
  ready: boolean;
  lang: string;
}

/**
 * One look at the page: its text (with the messages of any embedded error list), whether it shows
 * a login form and a main area, and whether the expected content has been drawn yet.
 */
export async function lookAt(page: Page, response: HTTPResponse | null, expected: Expected): Promise<Look> {
  const seen = await page.evaluate((lines: readonly string[], heading: boolean) => {
    const main = document.querySelector<HTMLElement>('[role="main"]');
    const patterns = lines.map((source) => new RegExp(source, 'i'));
    const mainLines = (main?.innerText ?? '').split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
    const lang = document.documentElement.lang.trim();
    const english = /^en(?:[-_]|$)/i.test(lang);
    const drawn = (patterns.length > 0 && mainLines.some((line) => patterns.some((p) => p.test(line))))
      || (heading && ((main?.querySelector('h1') as HTMLElement | null)?.innerText.trim() ?? '') !== '');
    // Facebook's app keeps errors it received in JSON inside the page: their messages count as text.
    const errors = [...document.querySelectorAll('script[type="application/json"]')]
      .flatMap((script) => [...script.textContent.matchAll(/"errors"\s*:\s*\[[^\]]*?"message"\s*:\s*"([^"]{1,300})"/g)].map((m) => m[1] ?? ''));
    return {
      text: `${(document.body as HTMLElement | null)?.innerText.slice(0, 4000) ?? ''}\n${errors.join('\n')}`,
      loginForm: document.querySelector('input[name="pass"], input[type="password"]') !== null,
      main: main !== null,
      ready: drawn || (main !== null && lang !== '' && !english && patterns.length > 0),
      lang,
    };
  }, expected.lines ?? [], expected.heading ?? false);
  return { url: page.url(), status: response?.status() ?? null, ...seen };
}
