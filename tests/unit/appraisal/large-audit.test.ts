/**
 * A very large audit (issue 11): the summary is built with re-checks and answers looked up by item
 * in one pass, and must say exactly what it said when each item searched the whole audit.
 * No timing here: `npm run bench:report` prints the figures.
 */
import { describe, expect, it } from 'vitest';
import { buildAppraisal } from '../../../main/engine/appraisal/build.ts';
import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { demoAudit, input, previousAudit } from './fixtures.ts';

/** The demo audit with every account's items copied `copies` times under new ids. */
function grown(audit: StoredAudit, copies: number): StoredAudit {
  for (const account of audit.report.audit.accounts) {
    const items = account.items;
    account.items = Array.from({ length: copies }, (_, n) => items.map((item) => ({ ...item, itemId: `${item.itemId}#${String(n)}` }))).flat();
  }
  return audit;
}

describe('a summary of an audit of thousands of items', () => {
  const audit = grown(demoAudit(), 60);
  const previous = grown(previousAudit(), 60);
  const last = '#59';
  // Re-checks and answers far down the list, some repeated: the latest of each counts.
  audit.rechecks.push(
    { accountId: 'personal-x', itemId: `x.posts-protected${last}`, at: '2026-11-26T10:00:00.000Z', status: 'unknown', observed: null, reason: 'Timed out' },
    { accountId: 'personal-x', itemId: 'x.posts-protected#3', at: '2026-11-26T10:00:00.000Z', status: 'pass', observed: 'true', reason: null },
    { accountId: 'personal-x', itemId: `x.posts-protected${last}`, at: '2026-11-28T10:00:00.000Z', status: 'pass', observed: 'true', reason: null },
  );
  audit.answers.push(
    { accountId: 'personal-x', itemId: `common.no-patients-connected${last}`, answer: 'yes', note: '', answeredAt: '2026-11-26T10:00:00.000Z' },
    { accountId: 'personal-x', itemId: `common.no-patients-connected${last}`, answer: 'no', note: 'Removed two.', answeredAt: '2026-11-27T10:00:00.000Z' },
  );
  const summary = buildAppraisal(input({ audit, previous }));

  it('lists every applicable item once', () => {
    const applicable = [...audit.report.audit.accounts.flatMap((a) => a.items), ...audit.report.audit.questions].filter((i) => i.status !== 'not-applicable');
    expect(applicable.length).toBeGreaterThan(3000);
    expect(summary.findings).toHaveLength(applicable.length);
  });

  it('takes each item\'s latest re-check and latest answer, and no other item\'s', () => {
    const personalX = summary.findings.filter((f) => f.account === 'Personal X');
    const posts = personalX.filter((f) => f.item.startsWith('Posts are protected'));
    expect(posts).toHaveLength(60);
    expect(posts[59]).toMatchObject({ statusAtStart: 'fail', statusNow: 'pass', actionTaken: 'Changed the setting; checked again on 26 November 2026 and 28 November 2026' });
    expect(posts[3]).toMatchObject({ statusNow: 'pass', actionTaken: 'Changed the setting; checked again on 26 November 2026' });
    expect(posts.filter((f) => f.statusNow === 'fail')).toHaveLength(58);
    const questions = personalX.filter((f) => f.item.startsWith('No patients'));
    expect(questions[59]?.actionTaken).toBe('Answered: No, none are. Note: Removed two.');
    expect(questions.slice(0, 59).every((f) => f.actionTaken === '')).toBe(true);
  });

  it('compares with the previous audit item by item, re-checks included', () => {
    if (summary.comparison.first) throw new Error('expected a comparison');
    const c = summary.comparison.comparison;
    // Posts were protected in every copy before; 58 copies are not now, two passed a re-check.
    expect(c.regressions.filter((i) => i.title.startsWith('Posts are protected'))).toHaveLength(58);
    expect(c.improvements.filter((i) => i.title.includes('phone'))).toHaveLength(60);
    expect(c.added).toHaveLength(0);
    expect(c.removed).toHaveLength(0);
  });

  it('counts how items were checked from their status now', () => {
    const one = buildAppraisal(input()).method;
    expect(summary.method.readAutomatically).toBe(one.readAutomatically * 60);
    expect(summary.method.answeredByYou).toBe(1);
    expect(summary.method.couldNotCheck).toBe(one.couldNotCheck * 60);
  });
});
