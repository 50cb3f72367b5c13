import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserLaunchError, ProfileDirError } from '../../../main/engine/browser/errors.ts';
import { launchAuditBrowser } from '../../../main/engine/browser/launch.ts';
import { auditBrowserArgs, KEYCHAIN_ARGS } from '../../../main/engine/browser/launch-args.ts';

describe('auditBrowserArgs', () => {
  it('uses the shared keychain flags, stays quiet and loads no images', () => {
    const args = auditBrowserArgs({ extraArgs: [], asRoot: false });
    expect(args).toEqual(expect.arrayContaining([
      ...KEYCHAIN_ARGS,
      '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
      '--blink-settings=imagesEnabled=false',
    ]));
    expect(KEYCHAIN_ARGS).toEqual(['--use-mock-keychain', '--password-store=basic']);
  });

  it('turns the sandbox off only when running as root', () => {
    expect(auditBrowserArgs({ extraArgs: [], asRoot: false })).not.toContain('--no-sandbox');
    expect(auditBrowserArgs({ extraArgs: [], asRoot: true })).toContain('--no-sandbox');
    expect(auditBrowserArgs({ extraArgs: [] }).includes('--no-sandbox')).toBe(process.getuid?.() === 0);
  });

  it('adds the user\'s own flags last, so they can override', () => {
    const args = auditBrowserArgs({ extraArgs: ['--proxy-server=socks5://127.0.0.1:9050'], asRoot: false });
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
