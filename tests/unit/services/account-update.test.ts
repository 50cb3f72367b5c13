/**
 * Changing an account after it was added (issue 14): its name and what it is used for change,
 * the browser profile and its sign-in stay where they are, past audits keep the name they were
 * run with, and a name another account already has is refused with words that say so.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { profileDirFor } from '../../../main/engine/browser/profiles.ts';
import type { Account } from '../../../main/shared/api-contract.ts';
import { sameLabel } from '../../../main/shared/account-labels.ts';
import { auditWithAnswer, personalAccount, professionalAccount, rahmanProfile, tempDir } from '../store/store-fixtures.ts';
import { handlerHarness, scriptedEngine, type Harness } from './handler-fixtures.ts';

let folder: ReturnType<typeof tempDir>;
let app: Harness;
beforeEach(async () => {
  folder = tempDir();
  app = await handlerHarness(folder.dir, scriptedEngine({}));
  await app.store.update((d) => ({ ...d, profile: rahmanProfile, accounts: [personalAccount, professionalAccount], history: [auditWithAnswer()] }));
});
afterEach(() => { folder.remove(); });

const stored = (id: string): Account | undefined => app.store.read().accounts.find((a) => a.id === id);

describe('changing an account', () => {
  it('renames it and keeps its browser profile, with the sign-in in it, where it was', async () => {
    const profileDir = profileDirFor(folder.dir, personalAccount);
    mkdirSync(join(profileDir, 'Default'), { recursive: true });
    writeFileSync(join(profileDir, 'Default', 'Cookies'), 'session cookie');

    const changed = await app.call('accounts:update', { accountId: personalAccount.id, label: '  Friends only  ' }) as Account;
    expect(changed).toEqual({ ...personalAccount, label: 'Friends only' });
    expect(stored(personalAccount.id)).toEqual(changed);
    expect(profileDirFor(folder.dir, changed)).toBe(profileDir);
    expect(readFileSync(join(profileDir, 'Default', 'Cookies'), 'utf8')).toBe('session cookie');
    expect(existsSync(join(folder.dir, 'profiles'))).toBe(true);
    expect(stored(professionalAccount.id)).toEqual(professionalAccount);
  });

  it('changes what it is used for, and nothing else', async () => {
    const changed = await app.call('accounts:update', { accountId: personalAccount.id, kind: 'professional' }) as Account;
    expect(changed).toEqual({ ...personalAccount, kind: 'professional' });
  });

  it('leaves past audits with the name and kind they were run with', async () => {
    const before = JSON.stringify(app.store.read().history);
    await app.call('accounts:update', { accountId: personalAccount.id, label: 'Renamed', kind: 'professional' });
    expect(JSON.stringify(app.store.read().history)).toBe(before);
    expect(app.store.read().history[0]?.report.audit.accounts[0]?.account).toMatchObject({ label: personalAccount.label, kind: 'personal' });
  });

  it('refuses a name another account has, in any case, accents or punctuation, changing nothing', async () => {
    const before = app.fileText();
    const other = professionalAccount.label; // "Clinic updates"
    await expect(app.call('accounts:update', { accountId: personalAccount.id, label: other }))
      .rejects.toThrow(`You already have an account called "${other}". Give this one a different name.`);
    await expect(app.call('accounts:update', { accountId: personalAccount.id, label: 'CLINIC-Updatés!' }))
      .rejects.toThrow(`You already have an account called "${other}". Names that differ only in capitals, accents or punctuation count as the same. Give this one a different name.`);
    expect(app.fileText()).toBe(before);
  });

  it('lets an account take a new spelling of its own name', async () => {
    const changed = await app.call('accounts:update', { accountId: personalAccount.id, label: personalAccount.label.toUpperCase() }) as Account;
    expect(changed.label).toBe('FAMILY AND FRIENDS X');
  });

  it('refuses an empty name, an unknown kind, no change at all, or an account that is not there', async () => {
    const before = app.fileText();
    await expect(app.call('accounts:update', { accountId: personalAccount.id, label: '   ' })).rejects.toThrow('label must not be empty');
    await expect(app.call('accounts:update', { accountId: personalAccount.id, label: 'x'.repeat(61) })).rejects.toThrow('label must be at most 60 characters');
    await expect(app.call('accounts:update', { accountId: personalAccount.id, kind: 'secret' })).rejects.toThrow(/kind/);
    await expect(app.call('accounts:update', { accountId: personalAccount.id })).rejects.toThrow('must change the name or what the account is used for');
    await expect(app.call('accounts:update', { accountId: personalAccount.id, platform: 'facebook' })).rejects.toThrow(/platform/);
    await expect(app.call('accounts:update', { accountId: '1b2c3d4e-0000-4000-8000-000000000000', label: 'Ghost' })).rejects.toThrow('That account is not connected to Chaperone');
    expect(app.fileText()).toBe(before);
  });

  it('refuses, when adding, a name that differs from another only in accents or punctuation', async () => {
    await expect(app.call('accounts:add', { platform: 'x', label: 'Clinic: updates', kind: 'personal' })).rejects.toThrow('You already have an account called "Clinic updates". Names that differ only in capitals');
    expect(app.store.read().accounts).toHaveLength(2);
  });
});

describe('same label', () => {
  it('is the same account in any case, accents or punctuation, and different letters are different accounts', () => {
    expect(sameLabel('Café X', 'cafe-x')).toBe(true);
    expect(sameLabel('Δρ. Παπαδόπουλος', 'δρ παπαδοπουλος')).toBe(true);
    expect(sameLabel('张医生', '李医生')).toBe(false);
    expect(sameLabel('Personal X', 'Personal Y')).toBe(false);
  });

  it('compares labels with no letters or digits as they are', () => {
    expect(sameLabel('!!!', '???')).toBe(false);
    expect(sameLabel('!!!', ' !!! ')).toBe(true);
  });
});
