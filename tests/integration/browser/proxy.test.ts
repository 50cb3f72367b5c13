/**
 * An environment proxy (https_proxy, as on many NHS networks) in the audit browser, in real
 * Chromium: the platform loads through the proxy despite the resolver lock, other hosts still go
 * nowhere, and when the proxy is down the reason the person sees names the proxy.
 *
 * The proxy is named "localhost", which Chromium resolves itself, as it would a real proxy's name
 * (no test mapping stands in for it), so the lock refuses it unless it is let through.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { guardPage, hostAllowed } from '../../../main/engine/browser/allow-list.ts';
import { launchAuditBrowser } from '../../../main/engine/browser/launch.ts';
import { xReader } from '../../../main/engine/platforms/x/index.ts';
import type { AccountSpec } from '../../../main/engine/types.ts';
import { startEmulators, type RunningEmulators } from '../../../main/demo/harness.ts';
import { createXEmulator } from '../../../main/demo/x/index.ts';
import { readOnce } from '../../support/reader-context.ts';

const CHROMIUM = '/usr/bin/chromium';
const ACCOUNT: AccountSpec = { id: 'personal-x', platform: 'x', label: 'Personal X', kind: 'personal' };

/** A CONNECT proxy that tunnels every request to the emulators and records what it was asked for. */
async function startProxy(emulatorPort: number): Promise<{ port: number; connects: string[]; close(): Promise<void> }> {
  const connects: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((_req, res) => { res.writeHead(405).end(); });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    connects.push(req.url ?? '');
    const upstream = net.connect(emulatorPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => { client.destroy(); upstream.destroy(); });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    connects,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => { resolve(); });
    }),
  };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => { resolve(); }));
  return port;
}

describe('the audit browser behind an https_proxy', () => {
  let emulators: RunningEmulators;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let spki: string[];
  let browser: Browser | undefined;

  beforeAll(async () => {
    emulators = await startEmulators([createXEmulator().emulator]);
    proxy = await startProxy(emulators.port);
    // Only the test certificate's trust: no host mapping and no --no-proxy-server from the emulators.
    spki = emulators.browserArgs.filter((arg) => arg.startsWith('--ignore-certificate-errors-spki-list='));
  });

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
    vi.unstubAllEnvs();
  });

  afterAll(async () => {
    await proxy.close();
    await emulators.close();
  });

  const launchBehind = async (proxyAddress: string): Promise<Browser> => {
    for (const name of ['HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY', 'no_proxy', 'NO_PROXY']) vi.stubEnv(name, '');
    vi.stubEnv('https_proxy', proxyAddress);
    browser = await launchAuditBrowser({ executablePath: CHROMIUM, profileDir: null, hosts: xReader.hosts, extraArgs: spki });
    return browser;
  };

  it('loads the platform through the proxy, and nothing else gets through it', async () => {
    const page = await (await launchBehind(`http://localhost:${String(proxy.port)}`)).newPage();
    await guardPage(page, { hosts: xReader.hosts });
    const response = await page.goto('https://x.com/settings/privacy_and_safety');
    expect(response?.status()).toBeLessThan(500);
    expect(proxy.connects).toContain('x.com:443');
    expect(emulators.requestsTo('x.com').length).toBeGreaterThan(0);
    // A WebSocket, which the page guard cannot see, to a host outside the platform: refused, never tunnelled.
    const outcome = await page.evaluate(() => new Promise<string>((resolve) => {
      const ws = new WebSocket('wss://tracker.example/collect');
      ws.onopen = () => { resolve('open'); };
      ws.onerror = () => { resolve('failed'); };
    }));
    expect(outcome).toBe('failed');
    expect(proxy.connects.filter((target) => !hostAllowed(target.replace(/:\d+$/, ''), xReader.hosts))).toEqual([]);
  });

  it('when the proxy cannot be reached, the reason the person sees names the proxy', async () => {
    const result = await readOnce(await launchBehind(`http://localhost:${String(await closedPort())}`), xReader, {
      account: ACCOUNT, hosts: xReader.hosts,
    });
    expect(result.sessionDetail).toMatch(/^X could not be reached through the proxy server/);
    expect(result.unread.every((item) => item.reason === 'network-error' && item.detail.includes('proxy'))).toBe(true);
  });
});
