/**
 * A store file that is safe but cannot be used now: sealed while the keychain is not available, or
 * written by a newer Chaperone. It is left exactly as it is (never set aside, never written over),
 * the user is told why, and it opens once it can.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confBackend } from '../../../main/engine/store/conf-backend.ts';
import type { AppStore, Encryptor } from '../../../main/engine/store/model.ts';
import { openStore } from '../../../main/engine/store/open-store.ts';
import { lockedKeychain, testEncryptor, unavailableEncryptor } from '../../fixtures/test-encryptor.ts';
import { SECRETS, firstSession, rahmanProfile, tempDir } from './store-fixtures.ts';

let folder: ReturnType<typeof tempDir>;
beforeEach(() => { folder = tempDir(); });
afterEach(() => { folder.remove(); });

const open = (encryptor: Encryptor): Promise<AppStore> => openStore({ dir: folder.dir, createBackend: confBackend, encryptor });
const storePath = (): string => join(folder.dir, 'chaperone.json');
const fileText = (): string => readFileSync(storePath(), 'utf8');
const EMPTY = { profile: null, accounts: [], history: [], settings: { browserPath: null, reminderMonths: 12 } };
const KEYCHAIN_LOCKED = 'Your saved audits are locked because your keychain is not available; they are safe.';

/** Dr Rahman's first session, saved sealed with these keys; returns the file's bytes. */
async function savedSealed(keys: Encryptor): Promise<string> {
  await (await open(keys)).update(firstSession);
  return fileText();
}

describe('a sealed file when the keychain is not available', () => {
  it('is left where it is, untouched, and the user is told it is locked and safe', async () => {
    const bytes = await savedSealed(testEncryptor());
    const store = await open(unavailableEncryptor('no keyring is running'));
    expect(store.status.locked?.reason).toMatch(new RegExp(`^${KEYCHAIN_LOCKED.replaceAll('.', '\\.')} .*\\(no keyring is running\\)`));
    expect(store.status.recovered).toBeNull();
    // "Not encrypted" would be false: the file is sealed, and nothing is saved in plain text.
    expect(store.status).toMatchObject({ encrypted: true, encryptionNotice: null });
    expect(store.read()).toEqual(EMPTY);
    expect(fileText()).toBe(bytes);
    expect(readdirSync(folder.dir)).toEqual(['chaperone.json']);
  });

  it('refuses every save with that message and writes nothing, plain text least of all', async () => {
    const bytes = await savedSealed(testEncryptor());
    const store = await open(unavailableEncryptor('no keyring is running'));
    await expect(store.update((d) => ({ ...d, profile: { ...rahmanProfile, registeredName: 'Typed while locked' } })))
      .rejects.toThrow(KEYCHAIN_LOCKED);
    await expect(store.update((d) => ({ ...d, settings: { ...d.settings, reminderMonths: 3 } }))).rejects.toThrow(KEYCHAIN_LOCKED);
    expect(fileText()).toBe(bytes);
    expect(fileText()).not.toContain('Typed while locked');
    expect(readdirSync(folder.dir)).toEqual(['chaperone.json']);
  });

  it('opens with everything in it once the keychain is back, when the app tries again', async () => {
    const keys = testEncryptor();
    await savedSealed(keys);
    const keychain = lockedKeychain(keys);
    const store = await open(keychain.encryptor);
    expect((await store.retry()).locked?.reason).toContain(KEYCHAIN_LOCKED);
    keychain.unlock();
    const status = await store.retry();
    expect(status).toMatchObject({ locked: null, recovered: null, encrypted: true, encryptionNotice: null });
    expect(store.status.locked).toBeNull();
    expect(store.read().profile).toEqual(rahmanProfile);
    expect(store.read().history[0]?.answers[0]?.note).toBe(SECRETS.answerNote);
  });

  it('opens on the next save once the keychain is back, and keeps the file sealed', async () => {
    const keys = testEncryptor();
    await savedSealed(keys);
    const keychain = lockedKeychain(keys);
    const store = await open(keychain.encryptor);
    keychain.unlock();
    const saved = await store.update((d) => ({ ...d, settings: { ...d.settings, reminderMonths: 3 } }));
    expect(saved).toMatchObject({ profile: rahmanProfile, settings: { reminderMonths: 3 } });
    expect(saved.accounts).toHaveLength(2);
    for (const secret of Object.values(SECRETS)) expect(fileText()).not.toContain(secret);
    expect((await open(keys)).read()).toEqual(saved);
  });

  it('opens with everything in it when the app next starts with the keychain', async () => {
    const keys = testEncryptor();
    await savedSealed(keys);
    await open(unavailableEncryptor('no keyring is running'));
    const store = await open(keys);
    expect(store.status).toMatchObject({ locked: null, recovered: null });
    expect(store.read().profile).toEqual(rahmanProfile);
  });

  it('is emptied by "Delete all my data" (clear), which the user asked for, and the store then works', async () => {
    await savedSealed(testEncryptor());
    const store = await open(unavailableEncryptor('no keyring is running'));
    await store.clear();
    expect(store.status.locked).toBeNull();
    expect(JSON.parse(fileText())).toEqual({});
    await store.update(firstSession);
    expect(store.read().profile).toEqual(rahmanProfile);
  });
});

describe('a file written by a newer Chaperone', () => {
  const NEWER = JSON.stringify({ schemaVersion: 3, settings: { browserPath: null, reminderMonths: 12 }, vault: 'future' });

  it('is left untouched, the user is told it was made by a newer Chaperone, and nothing is written over it', async () => {
    writeFileSync(storePath(), NEWER);
    const store = await open(testEncryptor());
    expect(store.status.locked?.reason).toBe('Your saved data was made by a newer Chaperone (data version 3; this version reads up to 2). '
      + 'Chaperone has left it untouched and will not save anything over it. Use the newer Chaperone.');
    expect(store.status.recovered).toBeNull();
    expect(store.read()).toEqual(EMPTY);
    await expect(store.update(firstSession)).rejects.toThrow('made by a newer Chaperone');
    expect(fileText()).toBe(NEWER);
    expect(readdirSync(folder.dir)).toEqual(['chaperone.json']);
  });

  it('stays locked when the app tries again, still writing nothing', async () => {
    writeFileSync(storePath(), NEWER);
    const store = await open(testEncryptor());
    expect((await store.retry()).locked?.reason).toContain('made by a newer Chaperone');
    expect(fileText()).toBe(NEWER);
  });
});
