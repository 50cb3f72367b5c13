import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confBackend } from '../../../main/engine/store/conf-backend.ts';
import type { AppStore, Encryptor } from '../../../main/engine/store/model.ts';
import { openStore } from '../../../main/engine/store/open-store.ts';
import { testEncryptor, unavailableEncryptor } from '../../fixtures/test-encryptor.ts';
import { SECRETS, firstSession, rahmanProfile, tempDir } from './store-fixtures.ts';

let folder: ReturnType<typeof tempDir>;
beforeEach(() => { folder = tempDir(); });
afterEach(() => { folder.remove(); });

const open = (encryptor: Encryptor): Promise<AppStore> => openStore({ dir: folder.dir, createBackend: confBackend, encryptor });
const fileText = (path: string): string => readFileSync(path, 'utf8');

describe('the store', () => {
  it('keeps the profile, accounts, history and settings across a restart', async () => {
    const keys = testEncryptor();
    const saved = await (await open(keys)).update(firstSession);
    const reopened = await open(keys);
    expect(reopened.read()).toEqual(saved);
    expect(reopened.read().history[0]?.answers[0]?.note).toBe(SECRETS.answerNote);
    expect(reopened.status).toMatchObject({ encrypted: true, encryptionNotice: null, recovered: null });
    expect(reopened.status.path).toBe(`${folder.dir}/chaperone.json`);
  });

  it('never shows the name, registration number, account labels or audit text in the file when encryption is available', async () => {
    const store = await open(testEncryptor());
    await store.update(firstSession);
    const text = fileText(store.status.path);
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    // Settings stay readable: they are not personal.
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 2, settings: { reminderMonths: 6 }, sealed: expect.any(String) as unknown });
  });

  it('says plainly why data is not encrypted when encryption is unavailable, and still works', async () => {
    const noKeychain = unavailableEncryptor('no keychain (such as GNOME Keyring or KWallet) was found');
    const store = await open(noKeychain);
    expect(store.status.encrypted).toBe(false);
    expect(store.status.encryptionNotice).toBe('Your data is stored on this computer without encryption because no keychain '
      + '(such as GNOME Keyring or KWallet) was found. Anyone with access to your user account could read it.');
    await store.update(firstSession);
    expect(fileText(store.status.path)).toContain(SECRETS.registeredName);
    expect((await open(noKeychain)).read().profile).toEqual(rahmanProfile);
  });

  it('seals a plain file once encryption becomes available', async () => {
    await (await open(unavailableEncryptor('no keychain'))).update(firstSession);
    const keys = testEncryptor();
    const store = await open(keys);
    expect(store.read().profile).toEqual(rahmanProfile);
    const text = fileText(store.status.path);
    expect(text).not.toContain(SECRETS.registeredName);
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(['schemaVersion', 'sealed', 'settings']);
    expect((await open(keys)).read().accounts).toHaveLength(2);
  });

  it('writes nothing when a change throws', async () => {
    const store = await open(testEncryptor());
    await store.update(firstSession);
    const before = fileText(store.status.path);
    await expect(store.update(() => { throw new Error('user cancelled'); })).rejects.toThrow('user cancelled');
    expect(fileText(store.status.path)).toBe(before);
    expect(store.read().accounts).toHaveLength(2);
  });

  it('refuses an invalid value with a clear error before anything reaches the disk', async () => {
    const keys = testEncryptor();
    const store = await open(keys);
    await store.update(firstSession);
    const before = fileText(store.status.path);
    await expect(store.update((data) => ({ ...data, settings: { ...data.settings, reminderMonths: -1 } })))
      .rejects.toThrow(/did not save this change.*settings\.reminderMonths/);
    await expect(store.update((data) => ({ ...data, accounts: [{ ...data.accounts[0], profileDir: '/home/amina/x' } as never] })))
      .rejects.toThrow(/did not save this change/);
    expect(fileText(store.status.path)).toBe(before);
    expect((await open(keys)).read().settings.reminderMonths).toBe(6);
  });

  it('applies changes made at the same moment one after another, so neither is lost', async () => {
    const keys = testEncryptor();
    const store = await open(keys);
    await Promise.all([
      store.update((data) => ({ ...data, settings: { ...data.settings, reminderMonths: 3 } })),
      store.update((data) => ({ ...data, profile: rahmanProfile })),
    ]);
    expect((await open(keys)).read()).toMatchObject({ profile: rahmanProfile, settings: { reminderMonths: 3 } });
  });

  it('does not let a caller change stored data by editing what read() returned', async () => {
    const store = await open(testEncryptor());
    await store.update(firstSession);
    store.read().accounts.pop();
    expect(store.read().accounts).toHaveLength(2);
  });

  it('clear() removes everything it stored, including settings', async () => {
    const keys = testEncryptor();
    const store = await open(keys);
    await store.update(firstSession);
    await store.clear();
    expect(store.read()).toEqual({ profile: null, accounts: [], history: [], settings: { browserPath: null, reminderMonths: 12 } });
    for (const secret of Object.values(SECRETS)) expect(fileText(store.status.path)).not.toContain(secret);
    const reopened = await open(keys);
    expect(reopened.read().accounts).toEqual([]);
    expect(reopened.status.recovered).toBeNull();
    expect(readdirSync(folder.dir)).toEqual(['chaperone.json']);
  });

  it.skipIf(process.platform === 'win32')('creates the file readable by its owner only', async () => {
    const store = await open(testEncryptor());
    await store.update(firstSession);
    expect(statSync(store.status.path).mode & 0o777).toBe(0o600);
  });
});

describe('copies left by an interrupted write', () => {
  // The names conf's atomic write gives its temporary copies of chaperone.json.
  const LEFTOVERS = ['chaperone.json.tmp-4078300123abc123', 'chaperone.json.tmp-0000000001ffffff'];
  // Files that only look alike: never ours to delete.
  const OTHERS = [
    'chaperone.json.tmp-notes', 'chaperone.json.tmp-4078300123abc123.bak', 'other.json.tmp-4078300123abc123',
    'my-chaperone.json.tmp-4078300123abc123', 'chaperone.unreadable-2026-11-25T13-45-00Z.json',
  ];
  const plainCopy = JSON.stringify({ schemaVersion: 2, settings: { browserPath: null, reminderMonths: 12 }, data: { profile: rahmanProfile, accounts: [], history: [] } });
  const writeAll = (names: string[]): void => { for (const name of names) writeFileSync(join(folder.dir, name), plainCopy); };

  it('are removed when the store opens, and no other file is touched', async () => {
    const keys = testEncryptor();
    await (await open(keys)).update(firstSession);
    writeAll([...LEFTOVERS, ...OTHERS]);
    expect((await open(keys)).read().profile).toEqual(rahmanProfile);
    expect(readdirSync(folder.dir).sort()).toEqual(['chaperone.json', ...OTHERS].sort());
    for (const name of OTHERS) expect(fileText(join(folder.dir, name))).toBe(plainCopy);
  });

  it('are removed by clear() ("Delete all my data"), so no plain-text copy of the data is left', async () => {
    const store = await open(unavailableEncryptor('no keychain'));
    await store.update(firstSession);
    writeAll([...LEFTOVERS, ...OTHERS]);
    await store.clear();
    expect(readdirSync(folder.dir).sort()).toEqual(['chaperone.json', ...OTHERS].sort());
  });
});
