/**
 * The audit browser talks only to the platform: a page on allowed.test that tries to reach
 * tracker.test, and to load images, fonts and media, in real Chromium.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardPage, type RequestGuard } from '../../../main/engine/browser/allow-list.ts';
import { launchAuditBrowser } from '../../../main/engine/browser/launch.ts';
import { send, startLocalSite, type LocalSite } from './local-site.ts';

const CHROMIUM = '/usr/bin/chromium';

const SETTINGS_PAGE = `<!doctype html><html><head>
<style>@font-face { font-family: Brand; src: url(/brand.woff2); } body { font-family: Brand, sans-serif; }</style>
<script src="http://tracker.test/track.js"></script>
<script src="/app.js"></script>
</head><body>
<p>Your privacy settings</p>
<img src="http://tracker.test/pixel.gif" alt=""><img src="/logo.png" alt="">
<video src="/intro.mp4" autoplay muted></video>
<script>
Promise.all([
  fetch('http://tracker.test/collect?email=amina%40example.org').then(() => 'reached', () => 'blocked'),
  fetch('/api/settings').then((r) => r.json()).then((j) => j.visibility, () => 'failed'),
  fetch('/hop').then(() => 'reached', () => 'blocked'),
]).then((results) => { window.results = results; });
</script></body></html>`;

describe('guardPage in real Chromium', () => {
  let site: LocalSite;
  let browser: Browser;
  let page: Page;
  let guard: RequestGuard;

  beforeAll(async () => {
    site = await startLocalSite({
      'allowed.test/': send('text/html', SETTINGS_PAGE),
      'allowed.test/app.js': send('text/javascript', 'window.appLoaded = true;'),
      'allowed.test/api/settings': send('application/json', '{"visibility":"friends"}'),
      'allowed.test/hop': (_req, res) => { res.writeHead(302, { location: 'http://tracker.test/landing' }).end(); },
      'allowed.test/logo.png': send('image/png', 'png'),
      'allowed.test/brand.woff2': send('font/woff2', 'font'),
      'allowed.test/intro.mp4': send('video/mp4', 'mp4'),
      // The tracker answers happily: only the guard stands between the page and it.
      'tracker.test/track.js': send('text/javascript', 'window.tracked = true;'),
      'tracker.test/pixel.gif': send('image/gif', 'gif'),
      'tracker.test/collect': send('text/plain', 'ok', { 'access-control-allow-origin': '*' }),
      'tracker.test/landing': send('text/plain', 'ok', { 'access-control-allow-origin': '*' }),
    });
    browser = await launchAuditBrowser({ executablePath: CHROMIUM, profileDir: null, extraArgs: site.hostRules });
    page = await browser.newPage();
    guard = await guardPage(page, { hosts: ['allowed.test'] });
    await page.goto('http://allowed.test/', { waitUntil: 'load' });
    await page.waitForFunction('window.results !== undefined', { timeout: 10_000 });
  });

  afterAll(async () => {
    await browser.close();
    await site.close();
  });

  it('never lets a request reach the third party', () => {
    expect(site.hits.filter((hit) => hit.host !== 'allowed.test')).toEqual([]);
    expect(site.hits.map((hit) => hit.host)).toContain('allowed.test');
  });

  it('counts what it blocked and records only the host name, never the address with its query', () => {
    expect(guard.blockedOffHost).toBeGreaterThanOrEqual(2);
    expect([...guard.blockedHosts]).toEqual(['tracker.test']);
  });

  it('still loads the platform\'s own script and data', async () => {
    expect(await page.evaluate('window.appLoaded')).toBe(true);
    expect(await page.evaluate('window.tracked')).toBeUndefined();
    expect(await page.evaluate('window.results')).toEqual(['blocked', 'friends', 'blocked']);
  });

  it('loads no images, fonts or media, even from the platform', () => {
    const paths = site.hits.map((hit) => hit.path);
    expect(paths).not.toContain('/logo.png');
    expect(paths).not.toContain('/brand.woff2');
    expect(paths).not.toContain('/intro.mp4');
    expect(guard.blockedResources).toBeGreaterThanOrEqual(1);
  });

  it('refuses to navigate the page to another host', async () => {
    await expect(page.goto('http://tracker.test/landing')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
    expect(site.hits.filter((hit) => hit.host === 'tracker.test')).toEqual([]);
  });
});

const SOCKETS_PAGE = `<!doctype html><p>Settings</p><script>
const port = location.search.slice(1);
window.outcomes = {};
const tryOpen = (name, url) => new Promise((done) => {
  const ws = new WebSocket(url);
  ws.onopen = () => { window.outcomes[name] = 'open'; ws.close(); done(); };
  ws.onerror = () => { window.outcomes[name] = 'failed'; done(); };
});
const worker = new Promise((done) => { const w = new Worker('/worker.js?' + port); w.onmessage = done; });
const sw = navigator.serviceWorker.register('/sw.js?' + port).then(() => navigator.serviceWorker.ready);
Promise.all([
  tryOpen('platform', 'ws://allowed.test/ws-platform'),
  tryOpen('ip', 'ws://127.0.0.1:' + port + '/ws-ip-literal'),
  worker, sw,
]).then(() => { window.done = true; }, (e) => { window.done = String(e); });
</script>`;

describe('the resolver lock (launchAuditBrowser with hosts)', () => {
  let site: LocalSite;
  let browser: Browser;

  beforeAll(async () => {
    site = await startLocalSite({
      'allowed.test/': send('text/html', SOCKETS_PAGE),
      'allowed.test/worker.js': send('text/javascript', `
        const port = self.location.search.slice(1);
        const ws = new WebSocket('ws://127.0.0.1:' + port + '/ws-from-worker');
        ws.onerror = ws.onopen = () => postMessage('tried');`),
      'allowed.test/sw.js': send('text/javascript', `
        const port = self.location.search.slice(1);
        self.addEventListener('install', (e) => {
          e.waitUntil(fetch('http://127.0.0.1:' + port + '/from-service-worker').catch(() => {}));
        });`),
    });
    const port = String(site.port);
    browser = await launchAuditBrowser({
      executablePath: CHROMIUM,
      profileDir: null,
      hosts: ['allowed.test'],
      extraArgs: [
        `--host-resolver-rules=MAP allowed.test 127.0.0.1:${port}`,
        // Service workers need a secure origin; this lets the plain-http test page register one.
        '--unsafely-treat-insecure-origin-as-secure=http://allowed.test',
      ],
    });
  });

  afterAll(async () => {
    await browser.close();
    await site.close();
  });

  it('stops what request interception cannot see: WebSockets, workers and service workers', async () => {
    const page = await browser.newPage();
    await guardPage(page, { hosts: ['allowed.test'] });
    await page.goto(`http://allowed.test/?${String(site.port)}`);
    await page.waitForFunction('window.done !== undefined', { timeout: 10_000 });
    expect(await page.evaluate('window.done')).toBe(true);
    // The test server does not finish WebSocket handshakes; what counts is what reached it.
    const paths = site.hits.map((hit) => hit.path);
    expect(paths).toContain('/ws-platform');
    expect(paths).toContain('/sw.js');
    expect(paths.filter((p) => /ip-literal|from-worker|from-service-worker/.test(p))).toEqual([]);
  });
});
