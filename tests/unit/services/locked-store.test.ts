/**
 * The API while the saved data is locked because the keychain is not available: the status says so,
 * saves are refused with that message and change nothing, and the next call after the keychain is
 * back (the screen's "Try again" asks for the status) opens the data with nothing lost.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confBackend } from '../../../main/engine/store/conf-backend.ts';
import type { Encryptor } from '../../../main/engine/store/model.ts';
import { openStore } from '../../../main/engine/store/open-store.ts';
import type { AppStatus, AuditSummary } from '../../../main/shared/api-contract.ts';
import { lockedKeychain, testEncryptor } from '../../fixtures/test-encryptor.ts';
import { firstSession, rahmanProfile, tempDir } from '../store/store-fixtures.ts';
import { handlerHarness, scriptedEngine, type Harness } from './handler-fixtures.ts';

const LOCKED = 'Your saved audits are locked because your keychain is not available; they are safe.';

let folder: ReturnType<typeof tempDir>;
let keys: Encryptor;
let keychain: ReturnType<typeof lockedKeychain>;
let sealedBytes: string;
beforeEach(async () => {
  folder = tempDir();
  keys = testEncryptor();
  const store = await openStore({ dir: folder.dir, createBackend: confBackend, encryptor: keys });
  await store.update(firstSession);
  sealedBytes = readFileSync(store.status.path, 'utf8');
  keychain = lockedKeychain(keys, 'the login keyring is locked');
});
afterEach(() => { folder.remove(); });

const lockedApp = (): Promise<Harness> => handlerHarness(folder.dir, scriptedEngine({}), { encryptor: keychain.encryptor });

describe('while the keychain is not available', () => {
  it('the status says the saved audits are locked and safe, and shows no "not encrypted" warning', async () => {
    const app = await lockedApp();
    const status = await app.call('settings:status') as AppStatus;
    expect(status.locked?.reason).toContain(LOCKED);
    expect(status.locked?.reason).toContain('the login keyring is locked');
    expect(status).toMatchObject({ recovered: null, encryptionNotice: null });
  });

  it('refuses saves with that message and leaves the sealed file exactly as it was', async () => {
    const app = await lockedApp();
    await expect(app.call('profile:save', { ...rahmanProfile, registeredName: 'Typed While Locked' })).rejects.toThrow(LOCKED);
    await expect(app.call('accounts:add', { platform: 'x', label: 'Another X', kind: 'personal' })).rejects.toThrow(LOCKED);
    await expect(app.call('settings:update', { reminderMonths: 3 })).rejects.toThrow(LOCKED);
    expect(app.fileText()).toBe(sealedBytes);
    expect(readdirSync(folder.dir)).toEqual(['chaperone.json']);
  });

  it('asks the keychain again on each call, and opens everything once it is back', async () => {
    const app = await lockedApp();
    expect(await app.call('history:list')).toEqual([]);
    const before = keychain.rechecks();
    await app.call('settings:status');
    expect(keychain.rechecks()).toBeGreaterThan(before);
    keychain.unlock();
    expect((await app.call('settings:status') as AppStatus).locked).toBeNull();
    expect(await app.call('profile:get')).toEqual(rahmanProfile);
    expect((await app.call('history:list') as AuditSummary[])).toHaveLength(1);
    await app.call('settings:update', { reminderMonths: 3 });
    const reopened = await openStore({ dir: folder.dir, createBackend: confBackend, encryptor: keys });
    expect(reopened.read()).toMatchObject({ profile: rahmanProfile, settings: { reminderMonths: 3 } });
    expect(reopened.read().history).toHaveLength(1);
  });

  it('"Delete all my data" still deletes everything, the locked file included', async () => {
    const app = await lockedApp();
    await app.call('settings:deleteAllData');
    expect(app.fileText()).not.toContain('sealed');
    expect((await app.call('settings:status') as AppStatus).locked).toBeNull();
  });
});
