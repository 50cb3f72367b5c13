/**
 * `chaperone sign-in` with a stand-in browser (a shell script): it opens the profile with the
 * store recorded for it, as the audit does; it tells the person when only file permissions protect
 * the session; and when no window could open it fails with exit 4 instead of saying "kept".
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../main/cli.ts';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { auditBrowserArgs } from '../../../main/engine/browser/launch-args.ts';
import { earlyExitReason, noDisplayReason } from '../../../main/engine/browser/no-window.ts';
import { MARKER_FILE } from '../../../main/engine/browser/password-store-marker.ts';
import { profileDirFor } from '../../../main/engine/browser/profiles.ts';
import { accountIdFromLabel } from '../../../main/cli/accounts-arg.ts';

let root: string;

beforeAll(() => { root = fs.mkdtempSync(path.join(os.tmpdir(), 'chaperone-sign-in-')); });
afterAll(() => { fs.rmSync(root, { recursive: true, force: true }); });

/** A browser that records its flags, says `stderr`, and exits with `code` (after `seconds`). */
function fakeBrowser(name: string, code: number, stderr = '', seconds = 0): string {
  const file = path.join(root, name);
  const argsFile = `${file}.args`;
  fs.writeFileSync(file, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\nprintf '%s\\n' '${stderr}' >&2\nsleep ${seconds}\nexit ${code}\n`, { mode: 0o755 });
  return file;
}

const recordedArgs = (browser: string): string[] => fs.readFileSync(`${browser}.args`, 'utf8').trim().split('\n');

async function signIn(browser: string, dataDir: string, env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['sign-in', 'x', '--label', 'Personal X', '--browser', browser, '--data-dir', dataDir], env,
    { out: (t) => { out += t; }, err: (t) => { err += t; } }, new AbortController().signal);
  return { code, out, err };
}

function profileWithMarker(dataDir: string, marker: object): string {
  const dir = profileDirFor(dataDir, { id: accountIdFromLabel('Personal X'), platform: 'x' });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, MARKER_FILE), JSON.stringify(marker));
  return dir;
}

describe('sign-in and audit agree on the password store', () => {
  it('opens a keyring profile with the keyring, exactly as the audit browser will', async () => {
    const dataDir = path.join(root, 'keyring');
    const dir = profileWithMarker(dataDir, { store: 'gnome-libsecret', because: null });
    const browser = fakeBrowser('keyring-browser', 0);
    const { code, out, err } = await signIn(browser, dataDir, { DISPLAY: ':0' });
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('Signed-in browser profile kept for "Personal X"');
    expect(err).not.toMatch(/protected only by/);
    const signInStore = recordedArgs(browser).filter((a) => /password-store|mock-keychain/.test(a));
    const auditStore = auditBrowserArgs({ extraArgs: [], profileDir: dir, asRoot: false, env: {} }).filter((a) => /password-store|mock-keychain/.test(a));
    expect(signInStore).toEqual(['--password-store=gnome-libsecret']);
    expect(auditStore).toEqual(signInStore);
  });

  it('says so at sign-in when the computer has no keychain to use', async () => {
    const dataDir = path.join(root, 'no-keychain');
    profileWithMarker(dataDir, { store: 'basic', because: 'no-keychain' });
    const browser = fakeBrowser('basic-browser', 0);
    const { code, err } = await signIn(browser, dataDir, { DISPLAY: ':0' });
    expect(code).toBe(EXIT.ok);
    expect(err).toContain("This computer has no keychain Chaperone can use, so your signed-in sessions are protected only by your user account's file permissions.");
    expect(recordedArgs(browser)).toEqual(expect.arrayContaining(['--use-mock-keychain', '--password-store=basic']));
  });
});

describe('sign-in when no window could open', () => {
  it('without a display on Linux, exits 4 and never says the profile was kept', async () => {
    const browser = fakeBrowser('never-run', 0);
    const { code, out, err } = await signIn(browser, path.join(root, 'no-display'), {});
    expect(code).toBe(EXIT.browser);
    expect(err).toMatch(/^chaperone: No window could be opened: this session has no display \(neither DISPLAY nor WAYLAND_DISPLAY is set\)/);
    expect(out).not.toContain('kept');
    expect(fs.existsSync(`${browser}.args`)).toBe(false);
  });

  it('when the browser stops at once with an error, exits 4 with what it said', async () => {
    const browser = fakeBrowser('crashing-browser', 1, '[123:123:ERROR:ozone_platform_x11.cc(250)] Missing X server or $DISPLAY');
    const { code, out, err } = await signIn(browser, path.join(root, 'crash'), { DISPLAY: ':99' });
    expect(code).toBe(EXIT.browser);
    expect(err).toContain('chaperone: No window could be opened: the browser stopped at once with exit code 1; it said: Missing X server or $DISPLAY.');
    expect(out).not.toContain('kept');
  });

  it('a window the person closes, even quickly, is a normal sign-in', () => {
    expect(earlyExitReason({ exitCode: 0, signal: null }, 500, '')).toBeNull();
    expect(earlyExitReason({ exitCode: 1, signal: null }, 60_000, '')).toBeNull();
    expect(earlyExitReason({ exitCode: null, signal: 'SIGSEGV' }, 300, '')).toMatch(/was stopped \(SIGSEGV\)/);
  });

  it('needs a display only on Linux and the BSDs, and not for a headless window', () => {
    expect(noDisplayReason([], {}, 'linux')).toMatch(/no display/);
    expect(noDisplayReason([], { WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBeNull();
    expect(noDisplayReason(['--headless'], {}, 'linux')).toBeNull();
    expect(noDisplayReason([], {}, 'darwin')).toBeNull();
    expect(noDisplayReason([], {}, 'win32')).toBeNull();
  });
});
