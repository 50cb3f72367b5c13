/**
 * Each account keeps its own signed-in profile: cookies survive between audits, the sign-in
 * window and the audit browser can read each other's cookies, and one profile is never open twice.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProfileInUseError } from '../../../main/engine/browser/errors.ts';
import { launchAuditBrowser } from '../../../main/engine/browser/launch.ts';
import { BASIC_STORE_ARGS } from '../../../main/engine/browser/password-store.ts';
import { openSignInWindow } from '../../../main/engine/browser/sign-in.ts';
import { send, startLocalSite, type LocalSite } from './local-site.ts';

const CHROMIUM = '/usr/bin/chromium';

describe('per-account browser profiles in real Chromium', () => {
  let site: LocalSite;
  let root: string;

  beforeAll(async () => {
    site = await startLocalSite({
      'allowed.test/sign-in': send('text/html', '<p>Signed in</p>', { 'set-cookie': 'session=from-sign-in; Max-Age=3600; Path=/; HttpOnly' }),
      'allowed.test/set': send('text/html', '<p>ok</p>', { 'set-cookie': 'session=from-audit; Max-Age=3600; Path=/; HttpOnly' }),
      'allowed.test/settings': send('text/html', '<p>settings</p>'),
    });
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'chaperone-profiles-'));
  });

  afterAll(async () => {
    await site.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const cookieOnVisit = (dir: string): Promise<string | undefined> => launchAuditBrowser({
    executablePath: CHROMIUM, profileDir: dir, extraArgs: site.hostRules,
  }).then(async (browser) => {
    try {
      const before = site.hits.length;
      await (await browser.newPage()).goto('http://allowed.test/settings');
      return site.hits.slice(before).find((hit) => hit.path === '/settings')?.cookie;
    } finally {
      await browser.close();
    }
  });

  it('keeps a cookie from one audit to the next, over a pipe and never a debugging port', async () => {
    const dir = path.join(root, 'x-work');
    const browser = await launchAuditBrowser({ executablePath: CHROMIUM, profileDir: dir, extraArgs: site.hostRules });
    const spawnargs = browser.process()?.spawnargs ?? [];
    try {
      await (await browser.newPage()).goto('http://allowed.test/set');
    } finally {
      await browser.close();
    }
    expect(spawnargs).toContain('--remote-debugging-pipe');
    expect(spawnargs.filter((arg) => arg.startsWith('--remote-debugging-port'))).toEqual([]);
    expect(spawnargs).toContain(`--user-data-dir=${dir}`);
    // This machine has no keyring on a session bus, so the fixed key (see password-store.test.ts for the others).
    expect(spawnargs).toEqual(expect.arrayContaining([...BASIC_STORE_ARGS]));
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);

    expect(await cookieOnVisit(dir)).toBe('session=from-audit');
  });

  it('the audit reads the cookie the sign-in window left (same keychain flags)', async () => {
    const dir = path.join(root, 'x-signin');
    // Headless with --dump-dom only so that the window closes by itself once the page has loaded.
    const exit = await openSignInWindow({
      executablePath: CHROMIUM, profileDir: dir, url: 'http://allowed.test/sign-in',
      extraArgs: [...site.hostRules, '--headless', '--dump-dom'],
    });
    expect(exit.exitCode).toBe(0);
    expect(site.hits.some((hit) => hit.path === '/sign-in')).toBe(true);
    expect(await cookieOnVisit(dir)).toBe('session=from-sign-in');
  });

  it('closes the sign-in window when asked to', async () => {
    const controller = new AbortController();
    const closing = openSignInWindow({
      executablePath: CHROMIUM, profileDir: path.join(root, 'x-abort'), url: 'http://allowed.test/settings',
      extraArgs: [...site.hostRules, '--headless'], signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    controller.abort();
    // Chromium treats SIGTERM as a normal close; either way the promise settles once it has gone.
    const exit = await closing;
    expect(exit.exitCode === 0 || exit.signal === 'SIGTERM').toBe(true);
  });

  it('refuses to open a profile twice while its browser is running', async () => {
    const dir = path.join(root, 'x-busy');
    const browser = await launchAuditBrowser({ executablePath: CHROMIUM, profileDir: dir, extraArgs: site.hostRules });
    try {
      await expect(launchAuditBrowser({ executablePath: CHROMIUM, profileDir: dir, extraArgs: [] }))
        .rejects.toThrow(ProfileInUseError);
      await expect(openSignInWindow({ executablePath: CHROMIUM, profileDir: dir, url: 'about:blank', extraArgs: [] }))
        .rejects.toThrow("This account's browser window is still open");
    } finally {
      await browser.close();
    }
    // Once closed, the profile is free again (and, never signed in, has no cookie of another profile).
    expect(await cookieOnVisit(dir)).toBeUndefined();
  });
});
