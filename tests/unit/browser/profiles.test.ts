import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProfileDirError, ProfileInUseError } from '../../../main/engine/browser/errors.ts';
import { assertNotDefaultUserDataDir, prepareProfileDir, profileDirFor } from '../../../main/engine/browser/profiles.ts';
import { parseLockTarget } from '../../../main/engine/browser/stale-lock.ts';

describe('profileDirFor', () => {
  it('gives each account its own folder under the app data dir', () => {
    expect(profileDirFor('/data/chaperone', { id: 'work-2', platform: 'x' })).toBe('/data/chaperone/profiles/x-work-2');
    expect(profileDirFor('/data/chaperone', { id: 'work-2', platform: 'linkedin' })).toBe('/data/chaperone/profiles/linkedin-work-2');
  });

  it('takes letters of any script, as account labels may be in any language', () => {
    expect(profileDirFor('/data', { id: 'δρ-παπαδοπουλος', platform: 'x' })).toBe('/data/profiles/x-δρ-παπαδοπουλος');
    expect(profileDirFor('/data', { id: '张医生', platform: 'x' })).toBe('/data/profiles/x-张医生');
  });

  it.each(['../../etc', 'Work', 'a/b', 'a\\b', '', '.', '-x', 'a b', 'e\u0301', 'Δ'])('refuses the account id %j', (id) => {
    expect(() => profileDirFor('/data', { id, platform: 'x' })).toThrow(ProfileDirError);
    expect(() => profileDirFor('/data', { id, platform: 'x' })).toThrow(/lower-case letters, digits and dashes/);
  });

  it('refuses a platform it does not know (data read back from disk may be anything)', () => {
    expect(() => profileDirFor('/data', { id: 'a', platform: '../x' as 'x' })).toThrow(ProfileDirError);
  });
});

describe('assertNotDefaultUserDataDir', () => {
  const chrome = { name: 'Google Chrome', defaultUserDataDir: '/home/amina/.config/google-chrome' };

  it('refuses the everyday profile and says why', () => {
    const call = (): void => { assertNotDefaultUserDataDir('/home/amina/.config/google-chrome/', [chrome]); };
    expect(call).toThrow(ProfileDirError);
    expect(call).toThrow(/Google Chrome keeps your everyday browsing.*Chrome 136/s);
  });

  it('refuses a path that only resolves to it, and folders inside it', () => {
    expect(() => { assertNotDefaultUserDataDir('/home/amina/x/../.config/google-chrome', [chrome]); }).toThrow(ProfileDirError);
    expect(() => { assertNotDefaultUserDataDir('/home/amina/.config/google-chrome/Default', [chrome]); }).toThrow(ProfileDirError);
  });

  it('accepts Chaperone\'s own profile folders, including look-alike names', () => {
    assertNotDefaultUserDataDir('/home/amina/.config/chaperone/profiles/x-work', [chrome]);
    assertNotDefaultUserDataDir('/home/amina/.config/google-chrome-chaperone', [chrome]);
    assertNotDefaultUserDataDir('/home/amina/.config/Google-Chrome', [chrome]);
  });

  it('compares without case on Windows and macOS', () => {
    const edge = { name: 'Microsoft Edge', defaultUserDataDir: 'C:\\Users\\amina\\AppData\\Local\\Microsoft\\Edge\\User Data' };
    expect(() => { assertNotDefaultUserDataDir('c:\\users\\AMINA\\appdata\\local\\microsoft\\edge\\user data', [edge], 'win32'); })
      .toThrow(ProfileDirError);
    const mac = { name: 'Google Chrome', defaultUserDataDir: '/Users/amina/Library/Application Support/Google/Chrome' };
    expect(() => { assertNotDefaultUserDataDir('/users/amina/library/application support/google/chrome', [mac], 'darwin'); })
      .toThrow(ProfileDirError);
  });

  it('refuses a symlink that points at the everyday profile', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chaperone-default-'));
    const everyday = path.join(root, 'google-chrome');
    fs.mkdirSync(everyday);
    fs.symlinkSync(everyday, path.join(root, 'sneaky'));
    expect(() => { assertNotDefaultUserDataDir(path.join(root, 'sneaky'), [{ name: 'Chrome', defaultUserDataDir: everyday }]); })
      .toThrow(ProfileDirError);
    fs.rmSync(root, { recursive: true });
  });
});

describe('prepareProfileDir', () => {
  let root: string;
  let dir: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'chaperone-profile-'));
    dir = path.join(root, 'profiles', 'x-work');
  });
  afterEach(() => { fs.rmSync(root, { recursive: true, force: true }); });

  const lockAs = (target: string): void => {
    fs.mkdirSync(dir, { recursive: true });
    fs.symlinkSync(target, path.join(dir, 'SingletonLock'));
    fs.symlinkSync('/tmp/.org.chromium.Chromium.abc/SingletonSocket', path.join(dir, 'SingletonSocket'));
    fs.symlinkSync('1234567890', path.join(dir, 'SingletonCookie'));
  };
  const leftovers = (): string[] => fs.readdirSync(dir).filter((name) => name.startsWith('Singleton'));

  it('creates the folder, readable only by the user', async () => {
    expect(await prepareProfileDir(dir)).toBe('ready');
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('tightens an existing folder that others could read', async () => {
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'Cookies'), 'keep me');
    expect(await prepareProfileDir(dir)).toBe('ready');
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.readFileSync(path.join(dir, 'Cookies'), 'utf8')).toBe('keep me');
  });

  it('removes the lock a crashed browser left behind', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    expect(dead).toBeGreaterThan(0);
    lockAs(`${os.hostname()}-${String(dead)}`);
    expect(await prepareProfileDir(dir)).toBe('removed-stale-lock');
    expect(leftovers()).toEqual([]);
  });

  it('removes a lock taken under another host name (the computer was renamed)', async () => {
    lockAs(`old-laptop.local-${String(process.pid)}`);
    expect(await prepareProfileDir(dir)).toBe('removed-stale-lock');
    expect(leftovers()).toEqual([]);
  });

  it('refuses while the browser holding the lock is still running, and leaves its lock alone', async () => {
    lockAs(`${os.hostname()}-${String(process.pid)}`);
    await expect(prepareProfileDir(dir)).rejects.toThrow(ProfileInUseError);
    await expect(prepareProfileDir(dir)).rejects.toThrow("This account's browser window is still open; close it and try again");
    expect(leftovers().sort()).toEqual(['SingletonCookie', 'SingletonLock', 'SingletonSocket']);
  });

  it('leaves a lock it cannot read to the browser', async () => {
    lockAs('not-a-pid');
    expect(await prepareProfileDir(dir)).toBe('ready');
    expect(leftovers()).toHaveLength(3);
  });
});

describe('parseLockTarget', () => {
  it('splits host names that contain dashes at the last dash', () => {
    expect(parseLockTarget('amina-thinkpad-x1-4242')).toEqual({ host: 'amina-thinkpad-x1', pid: 4242 });
    expect(parseLockTarget('host-0')).toBeNull();
    expect(parseLockTarget('-42')).toBeNull();
    expect(parseLockTarget('host-42x')).toBeNull();
  });
});
