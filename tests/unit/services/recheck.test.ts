/**
 * "Open this setting" and "Check again" on one item of a stored audit: the right page opens in the
 * account's own browser, and a fresh read is recorded for that item only, never as a false pass.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../../main/engine/report/schema.ts';
import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { currentItemStatus } from '../../../main/shared/audit-view.ts';
import { rahmanProfile, tempDir } from '../store/store-fixtures.ts';
import { PAGE_CHANGED, reportOf, storedAudit, UNREAD, xAccount } from './audit-fixtures.ts';
import { handlerHarness, scriptedEngine, type Harness } from './handler-fixtures.ts';

let folder: ReturnType<typeof tempDir>;
beforeEach(() => { folder = tempDir(); });
afterEach(() => { folder.remove(); });

const AUDIT_ID = '11111111-2222-4333-8444-555555555555';
const personal = xAccount('6f1c0b8e-3d7a-4c55-9a4e-1b2c3d4e5f60', 'Family and friends X');
/** The audit found protected posts off (fail) and location off (pass). */
const firstAudit = reportOf('2026-11-25T10:00:00.000Z', [{ account: personal, values: { protected: false, location: false, dmFromAnyone: false } }]);
const item = { auditId: AUDIT_ID, accountId: personal.id, itemId: 'x.protected' };

async function withAudit(readAgain: () => Promise<AuditReport>): Promise<{ app: Harness; engine: ReturnType<typeof scriptedEngine> }> {
  const engine = scriptedEngine({ 'audit.run': readAgain });
  const app = await handlerHarness(folder.dir, engine);
  await app.store.update((d) => ({ ...d, profile: rahmanProfile, accounts: [personal], history: [storedAudit(AUDIT_ID, firstAudit)] }));
  return { app, engine };
}

describe('“Check again”', () => {
  it('records the new reading for that item only, keeps the audit as it was, and updates the session check', async () => {
    // Now protected is on (fixed), and location has been switched on since (which this re-check must not record).
    const later = reportOf('2026-11-25T14:00:00.000Z', [{ account: personal, values: { protected: true, location: true } }]);
    const { app, engine } = await withAudit(() => Promise.resolve(later));

    const updated = await app.call('audit:recheck', item) as StoredAudit;

    expect(updated.rechecks).toEqual([
      { accountId: personal.id, itemId: 'x.protected', at: '2026-11-25T14:00:00.000Z', status: 'pass', observed: 'true', reason: null },
    ]);
    expect(updated.report).toEqual(firstAudit);
    expect(app.store.read().history).toEqual([updated]);
    expect(currentItemStatus(updated, personal.id, 'x.protected')?.status).toBe('pass');
    expect(currentItemStatus(updated, personal.id, 'x.location')?.status).toBe('pass');
    expect(app.store.read().accounts[0]?.lastSessionCheck).toEqual({ at: '2026-11-25T14:00:00.000Z', state: 'signed-in', detail: 'Signed in.' });
    // The settings window is closed first (it holds the profile), then that one account is read.
    expect(engine.calls.map((c) => c.method)).toEqual(['sign-in.close', 'audit.run']);
    expect(engine.calls[1]?.params).toMatchObject({
      accounts: [{ id: personal.id, platform: 'x', label: personal.label, kind: 'personal' }],
      profile: rahmanProfile, extraBrowserArgs: ['--test-flag'], appVersion: '0.1.0-test',
    });
    expect(app.events).toEqual([]);
  });

  it('records “could not check” with X’s reason when the setting cannot be read, even after an earlier pass', async () => {
    let next = reportOf('2026-11-25T13:00:00.000Z', [{ account: personal, values: { protected: true } }]);
    const { app } = await withAudit(() => Promise.resolve(next));
    await app.call('audit:recheck', item);
    next = reportOf('2026-11-25T14:00:00.000Z', [{ account: personal, values: { protected: UNREAD } }]);

    const updated = await app.call('audit:recheck', item) as StoredAudit;

    expect(updated.rechecks.map((r) => r.status)).toEqual(['pass', 'unknown']);
    expect(updated.rechecks[1]).toMatchObject({ status: 'unknown', observed: null, reason: expect.stringContaining(PAGE_CHANGED) as unknown });
    expect(currentItemStatus(updated, personal.id, 'x.protected')?.status).toBe('unknown');
  });

  it('records “could not check” when the account turns out to be signed out', async () => {
    const signedOut = reportOf('2026-11-25T14:00:00.000Z', [{ account: personal, session: 'signed-out' }]);
    const { app } = await withAudit(() => Promise.resolve(signedOut));
    const updated = await app.call('audit:recheck', item) as StoredAudit;
    expect(updated.rechecks[0]).toMatchObject({ status: 'unknown', observed: null, reason: expect.stringMatching(/sign in/i) as unknown });
    expect(app.store.read().accounts[0]?.lastSessionCheck?.state).toBe('signed-out');
  });

  it('is refused while an audit is running, and records nothing', async () => {
    let finish: (report: AuditReport) => void = () => undefined;
    const { app, engine } = await withAudit(() => new Promise((resolve) => { finish = resolve; }));
    await app.call('audit:start', {});
    await expect(app.call('audit:recheck', item)).rejects.toThrow('An audit is running. Wait for it to finish (or cancel it), then try again.');
    expect(engine.calls.filter((c) => c.method === 'audit.run')).toHaveLength(1);
    expect(engine.calls.map((c) => c.method)).not.toContain('sign-in.close');
    finish(firstAudit);
    await expect.poll(() => app.events.at(-1)?.type).toBe('finished');
    expect(app.store.read().history.find((a) => a.id === AUDIT_ID)?.rechecks).toEqual([]);
  });

  it('is refused for a question, for an item not in the audit, and while the same account is already being read', async () => {
    let finish: (report: AuditReport) => void = () => undefined;
    const { app } = await withAudit(() => new Promise((resolve) => { finish = resolve; }));
    await expect(app.call('audit:recheck', { ...item, itemId: 'common.patients' })).rejects.toThrow(/question only you can answer/);
    await expect(app.call('audit:recheck', { ...item, itemId: 'x.no-such-thing' })).rejects.toThrow('That item is not part of this audit.');
    const first = app.call('audit:recheck', item);
    await expect(app.call('audit:recheck', { ...item, itemId: 'x.location' })).rejects.toThrow(/already reading this account/);
    await expect(app.call('audit:start', {})).rejects.toThrow(/still checking "Family and friends X"/);
    finish(reportOf('2026-11-25T14:00:00.000Z', [{ account: personal, values: { protected: true } }]));
    expect((await first as StoredAudit).rechecks).toHaveLength(1);
  });

  it('says what went wrong when the engine cannot read at all, and records nothing', async () => {
    const { app } = await withAudit(() => Promise.reject(new Error('No Chrome, Edge or Chromium was found.')));
    await expect(app.call('audit:recheck', item)).rejects.toThrow('No Chrome, Edge or Chromium was found.');
    expect(app.store.read().history[0]?.rechecks).toEqual([]);
  });
});

describe('“Open this setting”', () => {
  it('opens the item’s settings page in the account’s own browser profile, with the stored browser choice', async () => {
    const engine = scriptedEngine({ 'sign-in.open': () => Promise.resolve({ exitCode: 0, notice: null }) });
    const app = await handlerHarness(folder.dir, engine);
    await app.store.update((d) => ({ ...d, accounts: [personal], history: [storedAudit(AUDIT_ID, firstAudit)] }));
    await app.call('settings:update', { browserPath: '/usr/bin/chromium' });

    await expect(app.call('audit:openSetting', item)).resolves.toBeUndefined();

    expect(engine.calls).toEqual([{
      method: 'sign-in.open',
      params: {
        account: { id: personal.id, platform: 'x' }, url: 'https://x.com/settings/privacy_and_safety',
        dataDir: folder.dir, browserPath: '/usr/bin/chromium', extraBrowserArgs: ['--test-flag'],
      },
    }]);
  });

  it('refuses plainly for an item that has no settings page, opening nothing', async () => {
    const engine = scriptedEngine({});
    const app = await handlerHarness(folder.dir, engine);
    await app.store.update((d) => ({ ...d, accounts: [personal], history: [storedAudit(AUDIT_ID, firstAudit)] }));
    await expect(app.call('audit:openSetting', { ...item, itemId: 'x.ads' }))
      .rejects.toThrow('This item has no settings page to open. Follow the steps shown instead.');
    await expect(app.call('audit:openSetting', { ...item, accountId: '99999999-2222-4333-8444-555555555555' }))
      .rejects.toThrow('That item is not part of this audit.');
    expect(engine.calls).toEqual([]);
  });
});
