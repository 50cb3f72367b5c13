/**
 * Signing in confirms the session with one read of the account; saving the JSON report asks where
 * and saves exactly the report.
 */
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { profileDirFor } from '../../../main/engine/browser/profiles.ts';
import type { SignInOutcome } from '../../../main/shared/api-contract.ts';
import { rahmanProfile, tempDir } from '../store/store-fixtures.ts';
import { reportOf, storedAudit, xAccount } from './audit-fixtures.ts';
import { handlerHarness, scriptedEngine } from './handler-fixtures.ts';

let folder: ReturnType<typeof tempDir>;
beforeEach(() => { folder = tempDir(); });
afterEach(() => { folder.remove(); });

const personal = xAccount('6f1c0b8e-3d7a-4c55-9a4e-1b2c3d4e5f60', 'Family X');

describe('signing in', () => {
  it('reads the account once the window closes and shows what it found, without adding an audit', async () => {
    const engine = scriptedEngine({
      'sign-in.open': () => Promise.resolve({ exitCode: 0, notice: 'This computer has no keychain Chaperone can use.' }),
      'audit.run': () => Promise.resolve(reportOf('2026-11-25T14:05:00.000Z', [{ account: personal, session: 'signed-out' }])),
    });
    const app = await handlerHarness(folder.dir, engine);
    await app.store.update((d) => ({ ...d, profile: rahmanProfile, accounts: [personal] }));

    const { account, notice } = await app.call('accounts:signIn', { accountId: personal.id }) as SignInOutcome;

    // The engine's word on how the session is protected reaches the window.
    expect(notice).toBe('This computer has no keychain Chaperone can use.');
    expect(account.lastSessionCheck).toEqual({ at: '2026-11-25T14:05:00.000Z', state: 'signed-out', detail: 'X asked you to sign in again.' });
    expect(app.store.read().accounts).toEqual([account]);
    expect(app.store.read().history).toEqual([]);
    expect(engine.calls.map((c) => c.method)).toEqual(['sign-in.open', 'audit.run']);
    expect(engine.calls[1]?.params).toMatchObject({ accounts: [{ id: personal.id, platform: 'x' }], profile: rahmanProfile });
    expect(app.events).toEqual([]);
  });

  it('says the sign-in could not be checked when the read fails', async () => {
    const engine = scriptedEngine({
      'sign-in.open': () => Promise.resolve({ exitCode: 0, notice: null }),
      'audit.run': () => Promise.reject(new Error('The browser closed unexpectedly.')),
    });
    const app = await handlerHarness(folder.dir, engine);
    await app.store.update((d) => ({ ...d, profile: rahmanProfile, accounts: [personal] }));
    const { account } = await app.call('accounts:signIn', { accountId: personal.id }) as SignInOutcome;
    expect(account.lastSessionCheck).toEqual({
      at: '2026-11-25T14:00:00.000Z', state: 'unknown', detail: 'Chaperone could not check the sign-in: The browser closed unexpectedly.',
    });
  });

  it('does not read an account that is disconnected while its sign-in window is open', async () => {
    let closeWindow: () => void = () => undefined;
    const engine = scriptedEngine({
      'sign-in.open': () => new Promise((resolve) => { closeWindow = () => { resolve({ exitCode: null, notice: null }); }; }),
      'sign-in.close': () => { closeWindow(); return Promise.resolve(null); },
      'audit.run': () => Promise.resolve(reportOf('2026-11-25T14:05:00.000Z', [{ account: personal }])),
    });
    const app = await handlerHarness(folder.dir, engine);
    await app.store.update((d) => ({ ...d, profile: rahmanProfile, accounts: [personal] }));
    const signingIn = app.call('accounts:signIn', { accountId: personal.id });
    await expect.poll(() => engine.calls.length).toBe(1);

    await app.call('accounts:disconnect', { accountId: personal.id });

    await signingIn.catch(() => undefined);
    expect(engine.calls.map((c) => c.method)).not.toContain('audit.run');
    expect(existsSync(profileDirFor(folder.dir, personal))).toBe(false);
    expect(app.store.read().accounts).toEqual([]);
  });
});

describe('saving the JSON report', () => {
  const auditId = '11111111-2222-4333-8444-555555555555';

  it('saves the report under a dated name where the user chose, and says where', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    await app.store.update((d) => ({ ...d, history: [storedAudit(auditId, reportOf('2026-11-25T10:00:00.000Z', [{ account: personal }]))] }));
    app.answerSaveDialog('/home/amina/Documents/appraisal.json');

    expect(await app.call('report:saveJson', { auditId })).toEqual({ path: '/home/amina/Documents/appraisal.json' });

    expect(app.saved).toEqual([{ suggestedName: 'chaperone-audit-2026-11-25.json', content: await app.call('report:json', { auditId }) }]);
    expect(JSON.parse(app.saved[0]?.content ?? '')).toMatchObject({ kind: 'chaperone-audit', schemaVersion: 2 });
  });

  it('answers null when the user cancels, and saves nothing', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    await app.store.update((d) => ({ ...d, history: [storedAudit(auditId, reportOf('2026-11-25T10:00:00.000Z', [{ account: personal }]))] }));
    app.answerSaveDialog(null);
    expect(await app.call('report:saveJson', { auditId })).toBeNull();
    expect(app.saved).toEqual([]);
    await expect(app.call('report:saveJson', { auditId: '99999999-2222-4333-8444-555555555555' })).rejects.toThrow(/not in your history/);
  });
});
