/**
 * WebRTC opens its own UDP sockets, which neither the request guard nor the resolver lock sees.
 * A platform page's STUN request must not reach anything; a browser without the audit's flags
 * shows that the same page would reach a local UDP listener.
 */
import dgram from 'node:dgram';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardPage } from '../../../main/engine/browser/allow-list.ts';
import { launchAuditBrowser } from '../../../main/engine/browser/launch.ts';
import { QUIET_ARGS, runningAsRoot } from '../../../main/engine/browser/launch-args.ts';
import { send, startLocalSite, type LocalSite } from './local-site.ts';

const CHROMIUM = '/usr/bin/chromium';

/** Starts ICE gathering towards a STUN server on 127.0.0.1:port, as a page could. */
const STUN_SCRIPT = (port: number): string => `(async () => {
  const pc = new RTCPeerConnection({ iceServers: [{ urls: 'stun:127.0.0.1:${port}' }] });
  pc.createDataChannel('probe');
  await pc.setLocalDescription(await pc.createOffer());
  window.peer = pc;
  return 'started';
})()`;

describe('WebRTC in the audit browser', () => {
  let site: LocalSite;
  let udp: dgram.Socket;
  let udpPort: number;
  let packets: number;

  beforeAll(async () => {
    site = await startLocalSite({ 'allowed.test/': send('text/html', '<p>Settings</p>') });
    udp = dgram.createSocket('udp4');
    udp.on('message', () => { packets += 1; });
    await new Promise<void>((resolve) => { udp.bind(0, '127.0.0.1', resolve); });
    udpPort = udp.address().port;
  });

  afterAll(async () => {
    udp.close();
    await site.close();
  });

  /** Packets the listener got within three seconds of the page starting WebRTC. */
  async function stunPacketsFrom(browser: Browser): Promise<number> {
    packets = 0;
    try {
      const page = await browser.newPage();
      await guardPage(page, { hosts: ['allowed.test'] });
      await page.goto('http://allowed.test/');
      expect(await page.evaluate(STUN_SCRIPT(udpPort))).toBe('started');
      await new Promise((resolve) => setTimeout(resolve, 3000));
      return packets;
    } finally {
      await browser.close();
    }
  }

  it('a browser without the WebRTC policy lets the page reach the UDP listener (the probe works)', async () => {
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM, pipe: true, headless: true,
      args: [...QUIET_ARGS, ...(runningAsRoot() ? ['--no-sandbox'] : []), ...site.hostRules],
    });
    expect(await stunPacketsFrom(browser)).toBeGreaterThan(0);
  });

  it('the audit browser, with its host lock, sends the page\'s STUN request nowhere', async () => {
    const browser = await launchAuditBrowser({
      executablePath: CHROMIUM, profileDir: null, hosts: ['allowed.test'],
      extraArgs: [`--host-resolver-rules=MAP allowed.test 127.0.0.1:${String(site.port)}`],
    });
    expect(await stunPacketsFrom(browser)).toBe(0);
  });
});
