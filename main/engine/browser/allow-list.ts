/**
 * Keeps the audit browser on the platform's own hosts: every request to another host is aborted,
 * and images, media and fonts are never loaded. Only host names are recorded, never full URLs
 * (query strings can hold personal data).
 */
import type { HTTPRequest, Page } from 'puppeteer-core';

export interface RequestGuard {
  readonly blockedOffHost: number;
  readonly blockedHosts: ReadonlySet<string>;
  readonly blockedResources: number;
}

/** Exact host, or `*.domain` for the domain and any subdomain. Case-insensitive; a trailing dot is ignored. */
export function hostAllowed(hostname: string, patterns: readonly string[]): boolean {
  const host = normalise(hostname);
  if (host === '') return false;
  return patterns.some((raw) => {
    const pattern = normalise(raw);
    if (pattern.startsWith('*.')) {
      const domain = pattern.slice(2);
      if (domain === '' || domain.includes('*')) return false;
      return host === domain || host.endsWith(`.${domain}`);
    }
    return !pattern.includes('*') && host === pattern;
  });
}

const ALWAYS_ALLOWED_SCHEMES = new Set(['data:', 'blob:', 'about:']);
const HEAVY_RESOURCES = new Set(['image', 'media', 'font']);

/** Applies the allow-list to one page. Call before the page's first navigation. */
export async function guardPage(page: Page, options: { hosts: readonly string[] }): Promise<RequestGuard> {
  let blockedOffHost = 0;
  let blockedResources = 0;
  const blockedHosts = new Set<string>();
  const hosts = [...options.hosts];

  const onRequest = (request: HTTPRequest): void => {
    if (request.isInterceptResolutionHandled()) return;
    const url = parseUrl(request.url());
    if (url !== null && ALWAYS_ALLOWED_SCHEMES.has(url.protocol)) {
      allow(request);
      return;
    }
    // Off-host first: it is the count that matters for privacy.
    if (url === null || !hostAllowed(url.hostname, hosts)) {
      blockedOffHost += 1;
      blockedHosts.add(url === null ? '(unreadable address)' : url.hostname || url.protocol);
      block(request);
      return;
    }
    if (HEAVY_RESOURCES.has(request.resourceType())) {
      blockedResources += 1;
      block(request);
      return;
    }
    allow(request);
  };

  // Otherwise a service worker could answer or fetch on the page's behalf, out of the guard's sight.
  await page.setBypassServiceWorker(true);
  await page.setRequestInterception(true);
  page.on('request', onRequest);

  return {
    get blockedOffHost() { return blockedOffHost; },
    get blockedHosts(): ReadonlySet<string> { return blockedHosts; },
    get blockedResources() { return blockedResources; },
  };
}

function normalise(host: string): string {
  const lower = host.trim().toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

// Blocking is final (legacy mode); allowing is cooperative at priority 0, so another handler may still
// answer or block. A request whose page has gone away rejects; there is nothing left to guard then.
function block(request: HTTPRequest): void {
  request.abort('blockedbyclient').catch(() => undefined);
}

function allow(request: HTTPRequest): void {
  request.continue(request.continueRequestOverrides(), 0).catch(() => undefined);
}
