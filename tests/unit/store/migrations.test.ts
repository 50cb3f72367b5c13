import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confBackend } from '../../../main/engine/store/conf-backend.ts';
import { migrateToCurrent, migrateV1ToV2 } from '../../../main/engine/store/migrations.ts';
import { openStore } from '../../../main/engine/store/open-store.ts';
import { testEncryptor, unavailableEncryptor } from '../../fixtures/test-encryptor.ts';
import { SECRETS, auditWithAnswer, patientsAnswer, personalAccount, rahmanProfile, tempDir, v1Document } from './store-fixtures.ts';

describe('migrating from data version 1 (the development layout)', () => {
  it('keeps the profile, accounts and audits, and moves each audit\'s answers into it', () => {
    const v2 = migrateV1ToV2(v1Document());
    expect(v2.schemaVersion).toBe(2);
    expect(v2.settings).toEqual({ browserPath: '/usr/bin/chromium', reminderMonths: 12 });
    expect(v2.data.profile).toEqual(rahmanProfile);
    expect(v2.data.accounts).toEqual([{ ...personalAccount, host: null, lastSessionCheck: null }]);
    expect(v2.data.history.map((audit) => audit.id)).toEqual([auditWithAnswer().id, 'older-audit']);
    expect(v2.data.history[0]?.answers).toEqual([patientsAnswer()]);
    expect(v2.data.history[1]?.answers).toEqual([]);
  });

  it('does not change the v1 document it is given', () => {
    const v1 = v1Document();
    migrateV1ToV2(v1);
    expect(v1).toEqual(v1Document());
  });

  it('validates the v1 document before migrating it', () => {
    const broken = { ...v1Document(), answers: [] };
    expect(() => migrateToCurrent(broken)).toThrow(/layout Chaperone expects \(answers: /);
  });

  it('passes a current document through unchanged', () => {
    const v2 = migrateV1ToV2(v1Document());
    expect(migrateToCurrent(v2)).toEqual({ document: v2, migratedFrom: null });
  });
});

describe('opening a version 1 file', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => { folder = tempDir(); });
  afterEach(() => { folder.remove(); });
  const writeV1 = (): void => { writeFileSync(join(folder.dir, 'chaperone.json'), JSON.stringify(v1Document(), null, 2)); };

  it('migrates it, seals it and keeps it readable on the next start', async () => {
    writeV1();
    const keys = testEncryptor();
    const store = await openStore({ dir: folder.dir, createBackend: confBackend, encryptor: keys });
    expect(store.status.recovered).toBeNull();
    expect(store.read().history[0]?.answers[0]?.note).toBe(SECRETS.answerNote);
    const text = readFileSync(store.status.path, 'utf8');
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(['schemaVersion', 'sealed', 'settings']);
    expect(text).not.toContain(SECRETS.registeredName);
    const again = await openStore({ dir: folder.dir, createBackend: confBackend, encryptor: keys });
    expect(again.read()).toEqual(store.read());
  });

  it('rewrites it as a plain version 2 document when encryption is unavailable', async () => {
    writeV1();
    const store = await openStore({ dir: folder.dir, createBackend: confBackend, encryptor: unavailableEncryptor('no keychain') });
    const onDisk = JSON.parse(readFileSync(store.status.path, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(onDisk).sort()).toEqual(['data', 'schemaVersion', 'settings']);
    expect(onDisk.schemaVersion).toBe(2);
    expect(store.read().accounts[0]).toMatchObject({ label: SECRETS.personalLabel, host: null, lastSessionCheck: null });
  });
});

describe('a stored audit written as report version 1', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => { folder = tempDir(); });
  afterEach(() => { folder.remove(); });

  it('opens as report version 2 with its answers kept, and is written back as version 2', async () => {
    const oldReport = JSON.parse(readFileSync(new URL('../../fixtures/report-v1.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const v2 = migrateV1ToV2(v1Document());
    const audit = v2.data.history[0];
    if (audit === undefined) throw new Error('fixture has no audit');
    const document = { ...v2, data: { ...v2.data, history: [{ ...audit, report: oldReport }] } };
    writeFileSync(join(folder.dir, 'chaperone.json'), JSON.stringify(document, null, 2));

    const keys = testEncryptor();
    const store = await openStore({ dir: folder.dir, createBackend: confBackend, encryptor: keys });
    expect(store.status.recovered).toBeNull();
    const stored = store.read().history[0];
    expect(stored?.report.schemaVersion).toBe(2);
    expect(stored?.answers).toEqual(audit.answers);
    expect(stored?.report.audit.accounts.flatMap((a) => a.items).some((i) => i.group === 'privacy-practice')).toBe(true);
    await store.update((d) => d);
    const again = await openStore({ dir: folder.dir, createBackend: confBackend, encryptor: keys });
    expect(again.read().history[0]?.report.schemaVersion).toBe(2);
  });
});
