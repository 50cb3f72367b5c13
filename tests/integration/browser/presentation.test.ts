/**
 * What a page sees of the audit browser, in real Chromium: a platform page that turns away
 * clients announcing automation (navigator.webdriver, a HeadlessChrome user agent, an 800×600
 * window, no languages, client hints that disagree with the user agent) lets the reader through,
 * and the page sees the installed browser's own user agent, brands and the person's languages.
 */
import type http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browserOpener } from '../../../main/engine/audit/open-browser.ts';
import type { AccountBrowser } from '../../../main/engine/audit/runner.ts';
import type { PlatformReader } from '../../../main/engine/types.ts';
import { send, startLocalSite, type LocalSite } from './local-site.ts';

const CHROMIUM = '/usr/bin/chromium';

/** The gate a platform puts in front of its settings, written from what real pages check. */
const GATED_SETTINGS = `<!doctype html><html lang="en"><head><title>Privacy</title></head><body><main></main><script>
(async () => {
  const tells = [];
  if (navigator.webdriver) tells.push('webdriver');
  if (/Headless/i.test(navigator.userAgent)) tells.push('headless user agent');
  const firstOuter = [outerWidth, outerHeight];
  if (outerWidth <= 800 || outerHeight <= 600) tells.push('small window');
  if (navigator.languages.length === 0) tells.push('no languages');
  const major = /Chrome\\/(\\d+)/.exec(navigator.userAgent)?.[1];
  const brands = navigator.userAgentData ? navigator.userAgentData.brands : [];
  if (!brands.some((b) => b.version === major)) tells.push('client hints disagree');
  const hints = navigator.userAgentData ? await navigator.userAgentData.getHighEntropyValues(['architecture', 'fullVersionList']) : {};
  const worker = await new Promise((resolve) => { const w = new Worker('/worker.js'); w.onmessage = (e) => resolve(e.data); });
  window.seen = {
    userAgent: navigator.userAgent, webdriver: navigator.webdriver, brands, fullVersionList: hints.fullVersionList,
    architecture: hints.architecture, languages: navigator.languages, locale: Intl.DateTimeFormat().resolvedOptions().locale,
    firstOuter, outer: [outerWidth, outerHeight], inner: [innerWidth, innerHeight], screen: [screen.width, screen.height], worker, tells,
  };
  document.querySelector('main').innerHTML = tells.length > 0
    ? '<h1>Something went wrong</h1><p>Your browser looks automated. Please try again later.</p>'
    : '<h1>Privacy</h1><label><input type="checkbox" role="switch" checked> Protect your posts</label>';
})();
</script></body></html>`;

const WORKER = 'postMessage({ userAgent: navigator.userAgent, languages: navigator.languages });';

interface Seen {
  userAgent: string; webdriver: boolean; brands: { brand: string; version: string }[];
  fullVersionList: { brand: string; version: string }[]; architecture: string; languages: string[]; locale: string;
  firstOuter: number[]; outer: number[]; inner: number[]; screen: number[]; worker: { userAgent: string; languages: string[] }; tells: string[];
}

const reader: Pick<PlatformReader, 'platform' | 'hosts' | 'signInUrl' | 'settings' | 'read'> = {
  platform: 'x', hosts: ['allowed.test'], signInUrl: 'http://allowed.test/', settings: [], read: () => Promise.reject(new Error('not used')),
};

async function visit(page: Page): Promise<{ seen: Seen; text: string }> {
  await page.goto('http://allowed.test/settings', { waitUntil: 'load' });
  await page.waitForFunction('window.seen !== undefined', { timeout: 15_000 });
  return { seen: await page.evaluate('window.seen') as Seen, text: await page.$eval('main', (main) => main.textContent) };
}

describe('the audit browser presents as the installed browser', () => {
  let site: LocalSite;
  let dataDir: string;
  let browser: AccountBrowser;
  const headers: http.IncomingHttpHeaders[] = [];
  let seen: Seen;
  let text: string;
  let switchOn: boolean | null;
  // Chromium is secure-only for client hints; the test site is plain HTTP standing in for HTTPS.
  const secure = '--unsafely-treat-insecure-origin-as-secure=http://allowed.test';

  beforeAll(async () => {
    // A system with no locale of its own (LANG=C): British English, the default.
    vi.stubEnv('LC_ALL', '');
    vi.stubEnv('LC_MESSAGES', '');
    vi.stubEnv('LANG', 'C.UTF-8');
    site = await startLocalSite({
      'allowed.test/settings': (req, res) => { headers.push(req.headers); send('text/html', GATED_SETTINGS)(req, res); },
      'allowed.test/worker.js': send('text/javascript', WORKER),
    });
    dataDir = await mkdtemp(join(tmpdir(), 'chaperone-presentation-'));
    const open = browserOpener({ executablePath: CHROMIUM, dataDir, extraArgs: [...site.hostRules, secure] });
    browser = await open({ id: 'presented', platform: 'x', label: 'Presented', kind: 'personal' }, reader);
    const page = await browser.newPage();
    ({ seen, text } = await visit(page));
    switchOn = await page.$eval('::-p-aria(Protect your posts)', (input) => (input as HTMLInputElement).checked).catch(() => null);
  }, 90_000);

  afterAll(async () => {
    vi.unstubAllEnvs();
    await browser.close();
    await site.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('gets through a gate that turns away automation, and reads the switch behind it', () => {
    expect(seen.tells, `window ${JSON.stringify({ firstOuter: seen.firstOuter, outer: seen.outer, inner: seen.inner, screen: seen.screen })}`).toEqual([]);
    expect(text).not.toContain('looks automated');
    expect(switchOn).toBe(true);
  });

  it('sends the installed browser\'s user agent, without "Headless", to the page, its worker and the server', () => {
    expect(seen.userAgent).toMatch(/^Mozilla\/5\.0 \(X11; Linux x86_64\) AppleWebKit\/537\.36 \(KHTML, like Gecko\) Chrome\/\d+\.0\.0\.0 Safari\/537\.36$/);
    expect(seen.worker.userAgent).toBe(seen.userAgent);
    expect(headers[0]?.['user-agent']).toBe(seen.userAgent);
  });

  it('is not marked as driven by automation', () => {
    expect(seen.webdriver).toBe(false);
  });

  it('gives client hints that agree with the user agent, with the browser\'s own brand and full version', () => {
    const major = /Chrome\/(\d+)/.exec(seen.userAgent)?.[1];
    expect(seen.brands).toContainEqual({ brand: 'Chromium', version: major });
    expect(seen.brands.map((b) => b.brand).join()).not.toMatch(/Headless/i);
    expect(seen.fullVersionList.find((b) => b.brand === 'Chromium')?.version).toMatch(new RegExp(`^${major ?? 'none'}\\.\\d+\\.\\d+\\.\\d+$`));
    expect(seen.architecture).toBe('x86');
    expect(headers[0]?.['sec-ch-ua']).toContain(`"Chromium";v="${major ?? 'none'}"`);
  });

  it('has a normal desktop window on a screen of the same size, from the page\'s first script', () => {
    // A hidden browser's new page could read 0 × 0 while its first scripts ran.
    expect(seen.firstOuter).toEqual([1366, 768]);
    expect(seen.outer).toEqual([1366, 768]);
    expect(seen.inner[0]).toBe(1366);
    expect(seen.inner[1]).toBeGreaterThan(600);
    expect(seen.screen).toEqual([1366, 768]);
  });

  it('asks for the person\'s language, British English by default, in the page, its worker and the header', () => {
    expect(seen.languages).toEqual(['en-GB', 'en']);
    expect(seen.worker.languages).toEqual(['en-GB', 'en']);
    expect(seen.locale).toBe('en-GB');
    expect(headers[0]?.['accept-language']).toBe('en-GB,en;q=0.9');
  });
});

describe('the launch Chaperone used before', () => {
  it('is turned away by the same gate: the test can tell the difference', async () => {
    const site = await startLocalSite({
      'allowed.test/settings': send('text/html', GATED_SETTINGS),
      'allowed.test/worker.js': send('text/javascript', WORKER),
    });
    const old = await launch({
      executablePath: CHROMIUM, pipe: true, headless: true,
      args: ['--no-sandbox', ...site.hostRules, '--unsafely-treat-insecure-origin-as-secure=http://allowed.test'],
    });
    try {
      const { seen, text } = await visit(await old.newPage());
      expect(seen.tells).toEqual(expect.arrayContaining(['webdriver', 'headless user agent', 'small window']));
      expect(text).toContain('Your browser looks automated');
    } finally {
      await old.close();
      await site.close();
    }
  }, 60_000);
});
