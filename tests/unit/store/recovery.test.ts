import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confBackend } from '../../../main/engine/store/conf-backend.ts';
import type { AppStore, Encryptor } from '../../../main/engine/store/model.ts';
import { openStore } from '../../../main/engine/store/open-store.ts';
import { testEncryptor, unavailableEncryptor } from '../../fixtures/test-encryptor.ts';
import { firstSession, tempDir } from './store-fixtures.ts';

let folder: ReturnType<typeof tempDir>;
beforeEach(() => { folder = tempDir(); });
afterEach(() => { folder.remove(); });

const at = new Date('2026-11-25T13:45:00.500Z');
const open = (encryptor: Encryptor = testEncryptor()): Promise<AppStore> =>
  openStore({ dir: folder.dir, createBackend: confBackend, encryptor, now: () => at });
const storePath = (): string => join(folder.dir, 'chaperone.json');
const backupPath = (): string => join(folder.dir, 'chaperone.unreadable-2026-11-25T13-45-00Z.json');

/** Opens over a file holding exactly these bytes and checks the file was moved aside intact and the store is fresh. */
async function expectMovedAside(bytes: string, encryptor?: Encryptor): Promise<string> {
  writeFileSync(storePath(), bytes);
  const store = await open(encryptor);
  expect(store.status.recovered?.backupPath).toBe(backupPath());
  expect(readFileSync(backupPath(), 'utf8')).toBe(bytes);
  expect(store.read()).toEqual({ profile: null, accounts: [], history: [], settings: { browserPath: null, reminderMonths: 12 } });
  // The fresh store works and never touches the backup.
  await store.update(firstSession);
  expect(readFileSync(backupPath(), 'utf8')).toBe(bytes);
  return store.status.recovered?.reason ?? '';
}

describe('an unreadable store file', () => {
  it('that is not JSON is moved aside with its bytes intact', async () => {
    expect(await expectMovedAside('{"schemaVersion": 2, "settings": {')).toBe('The file was damaged: it is not readable JSON.');
  });

  it('that is JSON but not a Chaperone document (null) is moved aside, not written over', async () => {
    expect(await expectMovedAside('null')).toBe('The file does not hold Chaperone data.');
  });

  it('that breaks the schema is moved aside, naming the field at fault', async () => {
    const bytes = JSON.stringify({ schemaVersion: 2, settings: { browserPath: null, reminderMonths: 'yearly' }, data: { profile: null, accounts: [], history: [] } });
    expect(await expectMovedAside(bytes)).toMatch(/does not have the layout Chaperone expects \(settings\.reminderMonths: /);
  });

  it('sealed with a key this computer no longer has (keychain reset) is moved aside', async () => {
    await (await open(testEncryptor())).update(firstSession);
    const bytes = readFileSync(storePath(), 'utf8');
    expect(await expectMovedAside(bytes, testEncryptor())).toMatch(/could not be decrypted on this computer/);
  });

  it('sealed, that decrypts but whose content is damaged, is moved aside naming the field at fault', async () => {
    const keys = testEncryptor();
    const bytes = JSON.stringify({
      schemaVersion: 2, settings: { browserPath: null, reminderMonths: 12 },
      sealed: await keys.encrypt(JSON.stringify({ profile: null, accounts: 'not a list', history: [] })),
    });
    expect(await expectMovedAside(bytes, keys)).toMatch(/^The encrypted part of the file was damaged \(accounts: /);
  });

  it('that was cut short while sealed is moved aside, even with no keychain', async () => {
    await (await open(testEncryptor())).update(firstSession);
    const bytes = readFileSync(storePath(), 'utf8').slice(0, 60);
    expect(await expectMovedAside(bytes, unavailableEncryptor('no keychain was found'))).toBe('The file was damaged: it is not readable JSON.');
  });

  it('never overwrites an earlier backup made in the same second', async () => {
    writeFileSync(storePath(), 'first');
    await open();
    writeFileSync(storePath(), 'second');
    const second = await open();
    expect(second.status.recovered?.backupPath).toBe(join(folder.dir, 'chaperone.unreadable-2026-11-25T13-45-00Z-2.json'));
    expect(readFileSync(backupPath(), 'utf8')).toBe('first');
    expect(readdirSync(folder.dir).sort()).toEqual([
      'chaperone.unreadable-2026-11-25T13-45-00Z-2.json', 'chaperone.unreadable-2026-11-25T13-45-00Z.json',
    ]);
  });

  it('is reported only once: the next start reads the fresh store', async () => {
    const keys = testEncryptor();
    writeFileSync(storePath(), 'not json');
    await (await open(keys)).update(firstSession);
    const next = await open(keys);
    expect(next.status.recovered).toBeNull();
    expect(next.read().accounts).toHaveLength(2);
  });
});
