/**
 * Status now, as every screen and Home count it: an answer that shows a risk is something to fix and
 * one that shows none passes; "I checked this myself" is recorded as the person's, only for a setting
 * Chaperone could not read, and counts in the score now; the audit's own score never changes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditSummary, StoredAudit } from '../../../main/shared/api-contract.ts';
import { currentItemStatus, scoreNow } from '../../../main/shared/audit-view.ts';
import { rahmanProfile, tempDir } from '../store/store-fixtures.ts';
import { reportOf, storedAudit, UNREAD, xAccount } from './audit-fixtures.ts';
import { handlerHarness, scriptedEngine, type Harness } from './handler-fixtures.ts';

let folder: ReturnType<typeof tempDir>;
beforeEach(() => { folder = tempDir(); });
afterEach(() => { folder.remove(); });

const AUDIT_ID = '11111111-2222-4333-8444-555555555555';
const personal = xAccount('6f1c0b8e-3d7a-4c55-9a4e-1b2c3d4e5f60', 'Family and friends X');
/** Protected posts could not be read; location off passes; messages from anyone on fails. */
const report = reportOf('2026-11-25T10:00:00.000Z', [{ account: personal, values: { protected: UNREAD, location: false, dmFromAnyone: true, personalisedAds: false } }]);

async function app(): Promise<Harness> {
  const harness = await handlerHarness(folder.dir, scriptedEngine({}));
  await harness.store.update((d) => ({ ...d, profile: rahmanProfile, accounts: [personal], history: [storedAudit(AUDIT_ID, report)] }));
  return harness;
}

const summary = async (harness: Harness): Promise<AuditSummary> => ((await harness.call('history:list')) as AuditSummary[])[0] as AuditSummary;

describe('status now', () => {
  it('turns an answer that shows a risk into something to fix, and one that shows none into a pass', async () => {
    const harness = await app();
    const question = { auditId: AUDIT_ID, accountId: personal.id, itemId: 'common.patients' };
    expect(report.audit.accounts[0]?.items.find((i) => i.itemId === 'common.patients')?.goodAnswer).toBe('no');
    expect(await summary(harness)).toMatchObject({ fail: 1, unknown: 1 });

    const risky = await harness.call('history:answer', { ...question, answer: 'yes' }) as StoredAudit;
    expect(currentItemStatus(risky, personal.id, 'common.patients')?.status).toBe('fail');
    expect(await summary(harness)).toMatchObject({ fail: 2 });

    const safe = await harness.call('history:answer', { ...question, answer: 'no' }) as StoredAudit;
    expect(currentItemStatus(safe, personal.id, 'common.patients')?.status).toBe('pass');
    expect(await summary(harness)).toMatchObject({ fail: 1 });
    expect(scoreNow(safe).pass).toBe(scoreNow(risky).pass + 1);

    const none = await harness.call('history:answer', { ...question, answer: 'not-applicable' }) as StoredAudit;
    expect(currentItemStatus(none, personal.id, 'common.patients')?.status).toBe('not-applicable');
    // The audit's own score is what it read; only the score now moves.
    expect(none.report.audit.overall).toEqual(report.audit.overall);
  });

  it('records "I checked this myself" as the person’s, counts it now, and keeps the audit’s own reading', async () => {
    const harness = await app();
    const item = { auditId: AUDIT_ID, accountId: personal.id, itemId: 'x.protected' };
    const before = scoreNow(storedAudit(AUDIT_ID, report));

    const set = await harness.call('audit:checkedByYou', { ...item, found: 'set', note: '  Looked on my phone  ' }) as StoredAudit;
    expect(set.rechecks).toEqual([{
      accountId: personal.id, itemId: 'x.protected', at: '2026-11-25T14:00:00.000Z', status: 'pass', observed: null, reason: null,
      byYou: { found: 'set', note: 'Looked on my phone' },
    }]);
    expect(currentItemStatus(set, personal.id, 'x.protected')?.status).toBe('pass');
    expect(scoreNow(set).pass).toBe(before.pass + 1);
    expect(scoreNow(set).unknown).toBe(before.unknown - 1);
    expect(await summary(harness)).toMatchObject({ unknown: 0 });
    expect(set.report).toEqual(report);

    const notFound = await harness.call('audit:checkedByYou', { ...item, found: 'not-found' }) as StoredAudit;
    expect(currentItemStatus(notFound, personal.id, 'x.protected')).toMatchObject({
      status: 'unknown', recheck: { reason: 'You looked for this setting yourself and could not find it.', byYou: { found: 'not-found', note: '' } },
    });
    const notSet = await harness.call('audit:checkedByYou', { ...item, found: 'not-set' }) as StoredAudit;
    expect(currentItemStatus(notSet, personal.id, 'x.protected')?.status).toBe('fail');
  });

  it('refuses a check by hand on a setting Chaperone read, or on an item the audit does not have', async () => {
    const harness = await app();
    await expect(harness.call('audit:checkedByYou', { auditId: AUDIT_ID, accountId: personal.id, itemId: 'x.dm', found: 'set' }))
      .rejects.toThrow('Chaperone read this setting itself');
    await expect(harness.call('audit:checkedByYou', { auditId: AUDIT_ID, accountId: personal.id, itemId: 'x.nothing', found: 'set' }))
      .rejects.toThrow('not part of this audit');
    await expect(harness.call('audit:checkedByYou', { auditId: AUDIT_ID, accountId: personal.id, itemId: 'x.protected', found: 'maybe' }))
      .rejects.toThrow('cannot use');
    expect(harness.store.read().history[0]?.rechecks).toEqual([]);
  });
});
