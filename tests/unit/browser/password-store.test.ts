/**
 * Session cookies are encrypted with the system's keychain where there is one, and the sign-in
 * window and the audit browser open each profile with the same store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditBrowserArgs } from '../../../main/engine/browser/launch-args.ts';
import {
  listBusNames, MARKER_FILE, recordedPasswordStore, settlePasswordStore, type RunTool,
} from '../../../main/engine/browser/password-store-marker.ts';
import { passwordStoreArgs, passwordStoreNotice, systemPasswordStore } from '../../../main/engine/browser/password-store.ts';

const GNOME = { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' };
const KDE6 = { XDG_CURRENT_DESKTOP: 'KDE', KDE_SESSION_VERSION: '6', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' };

describe('systemPasswordStore: the keychain a new profile uses', () => {
  it.each([
    ['macOS', 'darwin', {}, null, 'keychain', []],
    ['Windows (DPAPI whatever the flags)', 'win32', {}, null, 'dpapi', []],
    ['Linux with a Secret Service on the bus', 'linux', GNOME, ['org.freedesktop.DBus', 'org.freedesktop.secrets'], 'gnome-libsecret', ['--password-store=gnome-libsecret']],
    ['KDE 6 with KWallet on the bus', 'linux', KDE6, ['org.kde.kwalletd6', 'org.freedesktop.secrets'], 'kwallet6', ['--password-store=kwallet6']],
    ['KDE 5 with KWallet 5', 'linux', { ...KDE6, KDE_SESSION_VERSION: '5' }, ['org.kde.kwalletd5'], 'kwallet5', ['--password-store=kwallet5']],
    ['a Secret Service outside GNOME (KeePassXC)', 'linux', { XDG_CURRENT_DESKTOP: 'i3' }, ['org.freedesktop.secrets'], 'gnome-libsecret', ['--password-store=gnome-libsecret']],
    ['Linux whose bus has no keyring', 'linux', GNOME, ['org.freedesktop.DBus'], 'basic', ['--use-mock-keychain', '--password-store=basic']],
    ['Linux with no bus at all (a server, a container)', 'linux', {}, [], 'basic', ['--use-mock-keychain', '--password-store=basic']],
    ['GNOME when the bus cannot be asked', 'linux', GNOME, null, 'gnome-libsecret', ['--password-store=gnome-libsecret']],
    ['KDE 6 when the bus cannot be asked', 'linux', KDE6, null, 'kwallet6', ['--password-store=kwallet6']],
    ['a desktop but no session bus', 'linux', { XDG_CURRENT_DESKTOP: 'GNOME' }, null, 'basic', ['--use-mock-keychain', '--password-store=basic']],
  ] as const)('%s', (_name, platform, env, busNames, store, args) => {
    const chosen = systemPasswordStore({ platform, env, busNames });
    expect(chosen).toBe(store);
    expect(passwordStoreArgs(chosen)).toEqual(args);
  });
});

describe('listBusNames: asking the session bus', () => {
  const fail = (code: string | number): Promise<string> => Promise.reject(Object.assign(new Error('failed'), { code }));

  it('reads running and activatable names from dbus-send', async () => {
    const run: RunTool = (command, args) => Promise.resolve(command === 'dbus-send' && args.at(-1)?.endsWith('ListActivatableNames') === true
      ? 'method return\n   array [\n      string "org.freedesktop.secrets"\n   ]\n'
      : 'method return\n   array [\n      string "org.freedesktop.DBus"\n      string ":1.7"\n   ]\n');
    expect(await listBusNames({}, run)).toEqual(['org.freedesktop.DBus', ':1.7', 'org.freedesktop.secrets']);
  });

  it('falls back to gdbus when dbus-send is not installed', async () => {
    const run: RunTool = (command) => (command === 'dbus-send' ? fail('ENOENT') : Promise.resolve("(['org.freedesktop.DBus', 'org.kde.kwalletd6'],)\n"));
    expect(await listBusNames({}, run)).toContain('org.kde.kwalletd6');
  });

  it('says "no names" when the bus cannot be reached, and "could not ask" when no tool is installed', async () => {
    expect(await listBusNames({}, () => fail(1))).toEqual([]);
    expect(await listBusNames({}, () => fail('ENOENT'))).toBeNull();
  });
});

describe('the per-profile marker', () => {
  const dirs: string[] = [];
  const profile = (): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaperone-store-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives a new profile the system\'s keychain and records it, so the audit uses it too', async () => {
    const dir = profile();
    expect(await settlePasswordStore(dir, () => Promise.resolve('gnome-libsecret'))).toEqual({ store: 'gnome-libsecret', because: null });
    expect(JSON.parse(fs.readFileSync(path.join(dir, MARKER_FILE), 'utf8'))).toEqual({ store: 'gnome-libsecret', because: null });
    const args = auditBrowserArgs({ extraArgs: [], profileDir: dir, asRoot: false, env: {} });
    expect(args).toContain('--password-store=gnome-libsecret');
    expect(args).not.toContain('--use-mock-keychain');
    expect(args).not.toContain('--password-store=basic');
  });

  it('keeps the recorded choice even when the system would now choose differently', async () => {
    const dir = profile();
    await settlePasswordStore(dir, () => Promise.resolve('kwallet6'));
    expect(await settlePasswordStore(dir, () => Promise.resolve('basic'))).toEqual({ store: 'kwallet6', because: null });
    expect(recordedPasswordStore(dir).store).toBe('kwallet6');
  });

  it('keeps the fixed key for a profile Chromium already used before the marker existed', async () => {
    const dir = profile();
    fs.writeFileSync(path.join(dir, 'Local State'), '{}');
    expect(await settlePasswordStore(dir, () => Promise.resolve('gnome-libsecret'))).toEqual({ store: 'basic', because: 'older-profile' });
    expect(auditBrowserArgs({ extraArgs: [], profileDir: dir, asRoot: false, env: {} }))
      .toEqual(expect.arrayContaining(['--use-mock-keychain', '--password-store=basic']));
  });

  it('treats a profile with no marker as the fixed key when the audit opens it', () => {
    expect(recordedPasswordStore(profile())).toEqual({ store: 'basic', because: 'older-profile' });
  });

  it('records "no keychain" where the system has none', async () => {
    const dir = profile();
    expect(await settlePasswordStore(dir, () => Promise.resolve('basic'))).toEqual({ store: 'basic', because: 'no-keychain' });
  });
});

describe('passwordStoreNotice', () => {
  it('tells the person when only file permissions protect their sessions', () => {
    expect(passwordStoreNotice('basic', 'no-keychain', '/p', 'linux')).toBe(
      "This computer has no keychain Chaperone can use, so your signed-in sessions are protected only by your user account's file permissions.",
    );
    expect(passwordStoreNotice('basic', 'older-profile', '/data/profiles/x-personal', 'darwin'))
      .toMatch(/signed in before Chaperone used your keychain.*delete the folder \/data\/profiles\/x-personal\) and sign in again/);
  });

  it('says nothing when the keychain protects them (and on Windows, where DPAPI always does)', () => {
    expect(passwordStoreNotice('gnome-libsecret', null, '/p', 'linux')).toBeNull();
    expect(passwordStoreNotice('keychain', null, '/p', 'darwin')).toBeNull();
    expect(passwordStoreNotice('basic', 'no-keychain', 'C:\\p', 'win32')).toBeNull();
  });
});
