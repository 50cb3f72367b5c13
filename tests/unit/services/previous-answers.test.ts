/**
 * Answers carried over: for each question, the latest answer from an earlier audit is offered
 * ("You said … Still true?"); nothing is saved in this audit until the person confirms it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ManualAnswer, PreviousAnswer, StoredAudit } from '../../../main/shared/api-contract.ts';
import { ALL_ACCOUNTS } from '../../../main/shared/audit-view.ts';
import { tempDir } from '../store/store-fixtures.ts';
import { reportOf, storedAudit, xAccount } from './audit-fixtures.ts';
import { handlerHarness, scriptedEngine } from './handler-fixtures.ts';

const family = xAccount('6f1c0b8e-3d7a-4c55-9a4e-1b2c3d4e5f60', 'Family X');
const clinic = xAccount('0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d', 'Clinic X');

const answer = (accountId: string, itemId: string, value: ManualAnswer['answer'], answeredAt: string, note = ''): ManualAnswer =>
  ({ accountId, itemId, answer: value, note, answeredAt });
const audit = (id: string, startedAt: string, answers: ManualAnswer[]): StoredAudit =>
  ({ ...storedAudit(id, reportOf(startedAt, [{ account: family }, { account: clinic }])), answers });

/** 2025: patients on Family X "yes"; the policy (all accounts) "no". */
const y2025 = audit('aaaaaaaa-1111-4222-8333-444455556666', '2025-12-01T09:00:00.000Z', [
  answer(family.id, 'common.patients', 'yes', '2025-12-01T09:30:00.000Z', 'My neighbour is a patient'),
  answer(ALL_ACCOUNTS, 'common.policy', 'no', '2025-12-01T09:31:00.000Z'),
]);
/** May 2026: patients on Family X now "no" (answered twice, the later one stands); Clinic X answered. */
const may = audit('bbbbbbbb-1111-4222-8333-444455556666', '2026-05-01T09:00:00.000Z', [
  answer(family.id, 'common.patients', 'not-applicable', '2026-05-01T09:20:00.000Z'),
  answer(clinic.id, 'common.patients', 'no', '2026-05-01T09:21:00.000Z'),
  answer(family.id, 'common.patients', 'no', '2026-05-01T09:10:00.000Z', 'Removed my neighbour'),
]);
/** November 2026: the audit being answered now; one answer so far. */
const november = audit('cccccccc-1111-4222-8333-444455556666', '2026-11-25T10:00:00.000Z', [
  answer(ALL_ACCOUNTS, 'common.policy', 'yes', '2026-11-25T10:30:00.000Z'),
]);
/** A later audit: never offered to November. */
const later = audit('dddddddd-1111-4222-8333-444455556666', '2027-05-01T09:00:00.000Z', [
  answer(family.id, 'common.other', 'yes', '2027-05-01T09:10:00.000Z'),
]);

const key = (a: PreviousAnswer): string => `${a.auditId.slice(0, 1)} ${a.accountId === ALL_ACCOUNTS ? 'all' : a.accountId.slice(0, 4)} ${a.itemId} ${a.answer}`;

describe('history:previousAnswers', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => { folder = tempDir(); });
  afterEach(() => { folder.remove(); });

  it('offers, per account and question, the latest answer of the audits before this one, and saves nothing', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    await app.store.update((d) => ({ ...d, history: [november, later, y2025, may] }));

    const offered = await app.call('history:previousAnswers', { auditId: november.id }) as PreviousAnswer[];
    expect(offered.map(key).sort()).toEqual([
      'a all common.policy no',
      // May's latest answer for Family X, not 2025's, and not May's earlier one.
      'b 0a9b common.patients no',
      'b 6f1c common.patients not-applicable',
    ]);
    expect(offered.find((a) => a.accountId === family.id)).toEqual({
      accountId: family.id, itemId: 'common.patients', answer: 'not-applicable', note: '', answeredAt: '2026-05-01T09:20:00.000Z', auditId: may.id,
    });
    // Nothing is claimed for November until the person confirms it.
    expect(app.store.read().history.find((a) => a.id === november.id)?.answers).toEqual(november.answers);

    // The first audit has nothing before it; May sees only 2025.
    expect(await app.call('history:previousAnswers', { auditId: y2025.id })).toEqual([]);
    expect((await app.call('history:previousAnswers', { auditId: may.id }) as PreviousAnswer[]).map(key).sort())
      .toEqual(['a 6f1c common.patients yes', 'a all common.policy no']);
  });

  it('refuses an audit that is not in the history, and an argument that is not an audit id', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    await app.store.update((d) => ({ ...d, history: [may] }));
    await expect(app.call('history:previousAnswers', { auditId: 'eeeeeeee-1111-4222-8333-444455556666' })).rejects.toThrow(/not in your history/);
    await expect(app.call('history:previousAnswers', { auditId: 'latest' })).rejects.toThrow(/history:previousAnswers was given something it cannot use: auditId must be an id Chaperone gave out/);
    await expect(app.call('history:previousAnswers', { auditId: may.id, all: true })).rejects.toThrow(/cannot use/);
  });
});
