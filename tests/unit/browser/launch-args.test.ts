import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserLaunchError, ProfileDirError } from '../../../main/engine/browser/errors.ts';
import { launchAuditBrowser } from '../../../main/engine/browser/launch.ts';
import { auditBrowserArgs, WEBRTC_ARGS } from '../../../main/engine/browser/launch-args.ts';
import { BASIC_STORE_ARGS } from '../../../main/engine/browser/password-store.ts';

describe('auditBrowserArgs', () => {
  it('gives a throw-away profile the fixed key, stays quiet and loads no images', () => {
    const args = auditBrowserArgs({ extraArgs: [], asRoot: false, env: {} });
    expect(args).toEqual(expect.arrayContaining([
      ...BASIC_STORE_ARGS,
      '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
      '--blink-settings=imagesEnabled=false',
    ]));
    expect(BASIC_STORE_ARGS).toEqual(['--use-mock-keychain', '--password-store=basic']);
  });

  it('lets WebRTC use no UDP of its own, which would get past the host lock', () => {
    expect(auditBrowserArgs({ extraArgs: [], asRoot: false })).toEqual(expect.arrayContaining([
      '--force-webrtc-ip-handling-policy=disable_non_proxied_udp', '--webrtc-ip-handling-policy=disable_non_proxied_udp',
    ]));
    expect(WEBRTC_ARGS.every((arg) => arg.endsWith('=disable_non_proxied_udp'))).toBe(true);
  });

  it('without a resolver lock, passes the environment\'s proxy and no_proxy as plain flags', () => {
    const env = { https_proxy: 'http://proxy.trust.nhs.uk:8080', no_proxy: '.nhs.net' };
    const args = auditBrowserArgs({ extraArgs: [], asRoot: false, env });
    expect(args).toContain('--proxy-server=https=http://proxy.trust.nhs.uk:8080');
    expect(args).toContain('--proxy-bypass-list=nhs.net;*.nhs.net');
    // The person's own proxy flag (or the demo's --no-proxy-server) wins.
    expect(auditBrowserArgs({ extraArgs: ['--no-proxy-server'], asRoot: false, env }).filter((a) => a.startsWith('--proxy'))).toEqual([]);
  });

  it('turns the sandbox off only when running as root', () => {
    expect(auditBrowserArgs({ extraArgs: [], asRoot: false })).not.toContain('--no-sandbox');
    expect(auditBrowserArgs({ extraArgs: [], asRoot: true })).toContain('--no-sandbox');
    expect(auditBrowserArgs({ extraArgs: [] }).includes('--no-sandbox')).toBe(process.getuid?.() === 0);
  });

  it('adds the user\'s own flags last, so they can override', () => {
    const args = auditBrowserArgs({ extraArgs: ['--proxy-server=socks5://127.0.0.1:9050'], asRoot: false, env: {} });
    expect(args.at(-1)).toBe('--proxy-server=socks5://127.0.0.1:9050');
  });

  it('never asks for a debugging port', () => {
    expect(auditBrowserArgs({ extraArgs: [], asRoot: true }).some((a) => a.startsWith('--remote-debugging'))).toBe(false);
  });
});

describe('launchAuditBrowser refusals (no browser is started)', () => {
  it('refuses the everyday Chromium profile of this user', async () => {
    const everyday = path.join(os.homedir(), '.config', 'chromium');
    await expect(launchAuditBrowser({ executablePath: '/usr/bin/chromium', profileDir: everyday, extraArgs: [] }))
      .rejects.toThrow(ProfileDirError);
  });

  it('explains a browser that will not start, naming it and keeping the cause', async () => {
    const missing = path.join(os.tmpdir(), 'no-such-browser', 'chrome');
    const error: unknown = await launchAuditBrowser({ executablePath: missing, profileDir: null, extraArgs: [] })
      .then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(BrowserLaunchError);
    expect((error as Error).message).toContain(`could not start the browser at ${missing}`);
    expect((error as Error).message).toContain('--browser <path>');
    expect((error as Error).cause).toBeInstanceOf(Error);
  });
});
