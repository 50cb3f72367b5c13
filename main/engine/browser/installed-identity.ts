/**
 * What the installed browser says about itself when a person uses it: its user agent with no
 * "Headless" in it, and its own client-hint brands and versions (Google Chrome names "Google
 * Chrome", Edge "Microsoft Edge", Brave "Brave"; nothing here makes a brand up). Read once per
 * browser and process from a throw-away hidden browser, because the user agent must be on the
 * audit browser's command line before it starts: only that reaches every page, worker and
 * service worker (docs/automation.md).
 */
import type { Browser, Protocol } from 'puppeteer-core';
import { closeWithin, launchWithin } from './bounded-launch.ts';
import { QUIET_ARGS, runningAsRoot } from './launch-args.ts';

export type UserAgentMetadata = Protocol.Emulation.UserAgentMetadata;

export interface InstalledIdentity {
  /** The user agent the person's own browser sends, e.g. "Mozilla/5.0 (…) Chrome/156.0.0.0 Safari/537.36". */
  userAgent: string;
  /** Its client hints as a secure page reads them; null when the browser gives none. */
  metadata: UserAgentMetadata | null;
}

/** The hidden browser's user agent as the visible one sends it: "HeadlessChrome/156" → "Chrome/156". */
export function withoutHeadless(userAgent: string): string {
  return userAgent.replace(/Headless(?=Chrom)/g, '').replace(/\bHeadless\s*/g, '');
}

/** What navigator.userAgentData.getHighEntropyValues gave, as CDP metadata, with any "Headless" brand named as the browser. */
export function metadataFrom(values: Record<string, unknown>): UserAgentMetadata | null {
  const brandList = (key: string): Protocol.Emulation.UserAgentBrandVersion[] | undefined => {
    const list = values[key];
    if (!Array.isArray(list)) return undefined;
    return list.flatMap((entry: unknown) => {
      if (typeof entry !== 'object' || entry === null) return [];
      const { brand, version } = entry as { brand?: unknown; version?: unknown };
      if (typeof brand !== 'string' || typeof version !== 'string') return [];
      return [{ brand: withoutHeadless(brand).trim() || 'Chromium', version }];
    });
  };
  const text = (key: string): string => (typeof values[key] === 'string' ? values[key] : '');
  const brands = brandList('brands');
  if (brands === undefined || brands.length === 0) return null;
  return {
    brands,
    fullVersionList: brandList('fullVersionList') ?? [],
    platform: text('platform'),
    platformVersion: text('platformVersion'),
    architecture: text('architecture'),
    model: text('model'),
    mobile: values.mobile === true,
    bitness: text('bitness'),
    wow64: values.wow64 === true,
  };
}

const HINTS = ['architecture', 'bitness', 'fullVersionList', 'model', 'platformVersion', 'wow64'];
/** A secure page of our own, served by the probe itself: client hints exist only in secure contexts. */
const PROBE_URL = 'https://chaperone-probe.invalid/';

const cache = new Map<string, Promise<InstalledIdentity>>();

/** The installed browser's own identity, read once per executable and process. */
export function installedIdentity(executablePath: string, launchTimeoutMs?: number): Promise<InstalledIdentity> {
  let known = cache.get(executablePath);
  if (known === undefined) {
    known = probe(executablePath, launchTimeoutMs);
    // A failed probe is not remembered: the next launch tries again and reports its own error.
    known.catch(() => { cache.delete(executablePath); });
    cache.set(executablePath, known);
  }
  return known;
}

async function probe(executablePath: string, launchTimeoutMs?: number): Promise<InstalledIdentity> {
  const browser = await launchWithin({
    executablePath, pipe: true, headless: true,
    // It needs no network at all: no proxy, and no name resolves (its one page is answered in process).
    args: [...QUIET_ARGS, ...(runningAsRoot() ? ['--no-sandbox'] : []), '--no-proxy-server', '--host-resolver-rules=MAP * ~NOTFOUND'],
  }, launchTimeoutMs);
  try {
    return { userAgent: withoutHeadless(await browser.userAgent()), metadata: await readMetadata(browser) };
  } finally {
    await closeWithin(browser);
  }
}

async function readMetadata(browser: Browser): Promise<UserAgentMetadata | null> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  // Nothing leaves the machine: every request is answered (or refused) here.
  page.on('request', (request) => {
    if (request.url() === PROBE_URL) void request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><title>probe</title>' });
    else void request.abort();
  });
  await page.goto(PROBE_URL);
  const values = await page.evaluate(async (hints: string[]) => {
    const data = (navigator as Navigator & { userAgentData?: { getHighEntropyValues(h: string[]): Promise<Record<string, unknown>> } }).userAgentData;
    return data === undefined ? null : await data.getHighEntropyValues(hints);
  }, HINTS);
  return values === null ? null : metadataFrom(values);
}
