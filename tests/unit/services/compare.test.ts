/**
 * "What changed since the previous audit": a setting that was safe and is no longer, one that is
 * fixed, items and accounts on one side only, with "Check again" counted as the status now.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditComparison, Recheck } from '../../../main/shared/api-contract.ts';
import { compareAudits } from '../../../main/shared/audit-view.ts';
import { checkItem } from '../../fixtures/checklist-fixtures.ts';
import { tempDir } from '../store/store-fixtures.ts';
import { reportOf, storedAudit, UNREAD, X_ITEMS, xAccount } from './audit-fixtures.ts';
import { handlerHarness, scriptedEngine } from './handler-fixtures.ts';

const family = xAccount('6f1c0b8e-3d7a-4c55-9a4e-1b2c3d4e5f60', 'Family X');
const clinic = xAccount('0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d', 'Clinic X');
const work = xAccount('1b2c3d4e-5f60-4a3b-8c2d-1e0f9a8b7c6d', 'Work X');
const tagging = checkItem('x.tagging', 'tagging', [false]);
const oldItem = checkItem('x.retired', 'retired', [true]);

/** May: everything on Family X safe but messages from anyone (fail) and ads (fail); Clinic X too. */
const may = storedAudit('aaaaaaaa-1111-4222-8333-444455556666', reportOf('2026-05-01T09:00:00.000Z', [
  { account: family, values: { protected: true, location: false, dmFromAnyone: true, personalisedAds: true, retired: true }, items: [...X_ITEMS, oldItem] },
  { account: clinic, values: { protected: true, location: false, dmFromAnyone: false, personalisedAds: false } },
]));
/** November: protected off, location unreadable, messages fixed, ads unreadable, a new tagging check; Work X new, Clinic X gone. */
const november = storedAudit('bbbbbbbb-1111-4222-8333-444455556666', reportOf('2026-11-25T10:00:00.000Z', [
  { account: work, values: { protected: false, location: false, dmFromAnyone: false, personalisedAds: false } },
  { account: family, values: { protected: false, location: UNREAD, dmFromAnyone: false, personalisedAds: UNREAD, tagging: false }, items: [...X_ITEMS, tagging] },
]));

const recheck = (accountId: string, itemId: string, status: Recheck['status']): Recheck => ({
  accountId, itemId, at: '2026-11-25T14:00:00.000Z', status, observed: null, reason: status === 'unknown' ? 'Could not read.' : null,
});
const changes = (list: AuditComparison['regressions']): string[] => list.map((c) => `${c.accountLabel}: ${c.itemId} ${String(c.before)} → ${String(c.after)}`);

describe('comparing two audits', () => {
  it('puts safe-then-unsafe in regressions, fixed in improvements, and the rest where they belong, sorted', () => {
    const result = compareAudits(may, november);
    expect(result.previous).toEqual({ id: may.id, startedAt: '2026-05-01T09:00:00.000Z' });
    expect(changes(result.regressions)).toEqual(['Family X: x.location pass → unknown', 'Family X: x.protected pass → fail']);
    expect(changes(result.improvements)).toEqual(['Family X: x.dm fail → pass']);
    expect(changes(result.otherChanges)).toEqual(['Family X: x.ads fail → unknown']);
    expect(changes(result.added)).toEqual([
      'Family X: x.tagging null → pass', 'Work X: common.patients null → manual', 'Work X: x.ads null → pass',
      'Work X: x.dm null → pass', 'Work X: x.location null → pass', 'Work X: x.protected null → fail',
    ]);
    expect(changes(result.removed)).toEqual([
      'Clinic X: common.patients manual → null', 'Clinic X: x.ads pass → null', 'Clinic X: x.dm pass → null',
      'Clinic X: x.location pass → null', 'Clinic X: x.protected pass → null', 'Family X: x.retired pass → null',
    ]);
    // Only the question on Family X stayed as it was.
    expect(result.unchanged).toBe(1);
    expect(result.regressions[0]).toMatchObject({ accountId: family.id, accountLabel: 'Family X', platformName: 'X', title: 'Title of x.location' });
  });

  it('counts “Check again” on either side: fixed since the previous audit is an improvement, and so is fixed after it', () => {
    const fixedSince = { ...november, rechecks: [recheck(family.id, 'x.protected', 'unknown'), recheck(family.id, 'x.protected', 'pass')] };
    const fixedBefore = { ...may, rechecks: [recheck(family.id, 'x.dm', 'pass')] };
    const result = compareAudits(fixedBefore, fixedSince);
    expect(changes(result.regressions)).toEqual(['Family X: x.location pass → unknown']);
    // x.dm: found failing in May and fixed with "Check again" afterwards; still passing now.
    expect(changes(result.improvements)).toEqual(['Family X: x.dm fail → pass']);
    expect(result.unchanged).toBe(2);
    // Fixed after May with "Check again", failing again now: a regression.
    const undone = compareAudits({ ...may, rechecks: [recheck(family.id, 'x.dm', 'pass')] },
      { ...november, rechecks: [recheck(family.id, 'x.dm', 'fail')] });
    expect(changes(undone.regressions)).toContain('Family X: x.dm pass → fail');
    const brokenBefore = compareAudits({ ...may, rechecks: [recheck(family.id, 'x.location', 'fail')] }, november);
    expect(changes(brokenBefore.otherChanges)).toContain('Family X: x.location fail → unknown');
  });

  it('has nothing to compare for the first audit', () => {
    expect(compareAudits(null, may)).toEqual({
      auditId: may.id, previous: null, regressions: [], improvements: [], added: [], removed: [], otherChanges: [], unchanged: 0,
    });
  });
});

describe('comparing what the person did by hand', () => {
  const first = storedAudit('aaaaaaaa-1111-4222-8333-444455556666', reportOf('2026-05-01T09:00:00.000Z', [{ account: family, values: { protected: UNREAD } }]));
  const second = storedAudit('bbbbbbbb-1111-4222-8333-444455556666', reportOf('2026-11-25T10:00:00.000Z', [{ account: family, values: { protected: UNREAD } }]));

  it('lists a setting checked by hand that still cannot be read with the other changes, not as got worse', () => {
    const byHand = { ...recheck(family.id, 'x.protected', 'pass'), byYou: { found: 'set' as const, note: '' } };
    const result = compareAudits({ ...first, rechecks: [byHand] }, second);
    expect(changes(result.regressions)).toEqual([]);
    expect(changes(result.otherChanges)).toEqual(['Family X: x.protected pass → unknown']);
    // Read by Chaperone and then unreadable is still a regression.
    expect(changes(compareAudits({ ...first, rechecks: [recheck(family.id, 'x.protected', 'pass')] }, second).regressions)).toEqual(['Family X: x.protected pass → unknown']);
  });

  it('leaves out a question answered last time until it is answered again, and compares the answers once it is', () => {
    const answered = (audit: typeof first, answer: 'yes' | 'no') => ({
      ...audit, answers: [{ accountId: family.id, itemId: 'common.patients', answer, note: '', answeredAt: '2026-11-25T10:00:00.000Z' }],
    });
    const waiting = compareAudits(answered(first, 'no'), second);
    expect([...waiting.regressions, ...waiting.otherChanges, ...waiting.improvements].map((c) => c.itemId)).not.toContain('common.patients');
    // "no" shows no risk for this question; "yes" does: a risk now is a regression.
    expect(changes(compareAudits(answered(first, 'no'), answered(second, 'yes')).regressions)).toContain('Family X: common.patients pass → fail');
  });
});

describe('history:compare', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => { folder = tempDir(); });
  afterEach(() => { folder.remove(); });

  it('compares with the audit that started most recently before this one, whatever order they were stored in', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    const older = storedAudit('cccccccc-1111-4222-8333-444455556666', reportOf('2025-11-20T09:00:00.000Z', [{ account: family }]));
    const later = storedAudit('dddddddd-1111-4222-8333-444455556666', reportOf('2027-01-10T09:00:00.000Z', [{ account: family }]));
    await app.store.update((d) => ({ ...d, history: [november, later, older, may] }));

    const compared = await app.call('history:compare', { auditId: november.id }) as AuditComparison;
    expect(compared).toEqual(compareAudits(may, november));
    expect((await app.call('history:compare', { auditId: may.id }) as AuditComparison).previous?.id).toBe(older.id);
    expect((await app.call('history:compare', { auditId: older.id }) as AuditComparison).previous).toBeNull();
    await expect(app.call('history:compare', { auditId: 'eeeeeeee-1111-4222-8333-444455556666' })).rejects.toThrow(/not in your history/);
  });
});
