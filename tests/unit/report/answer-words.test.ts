/**
 * Answers in the question's own words, from the labels each audit keeps; reports written before
 * the labels were kept still load, and their questions offer plain yes / no / not applicable.
 */
import { describe, expect, it } from 'vitest';
import { auditReportSchema } from '../../../main/engine/report/schema.ts';
import { answerChoices, answerLabel, answerShowsRisk } from '../../../main/shared/answer-words.ts';
import { richReport } from '../../renderer/audit-screen-fixtures.ts';

describe('answer words', () => {
  it('keep each question’s labels and good answer in the report, and offer not applicable only where labelled', async () => {
    const report = await richReport();
    const once = report.audit.questions.find((q) => q.itemId === 'common.closed-groups-careful');
    const patients = report.audit.accounts[0]?.items.find((i) => i.itemId === 'common.no-patients-connected');
    if (once === undefined || patients === undefined) throw new Error('the report lacks the questions this test needs');
    expect(once.goodAnswer).toBe('yes');
    expect(answerChoices(once).map((c) => c.label)).toEqual(['Yes, always', 'Not always', 'I am not in any closed groups or private chats']);
    expect(answerChoices(patients)).toEqual([{ value: 'yes', label: 'Yes, some are' }, { value: 'no', label: 'No, none are' }]);
    expect(answerLabel(patients, 'no')).toBe('No, none are');
    // Whether "yes" is the risk depends on the question.
    expect(answerShowsRisk(patients, 'yes')).toBe(true);
    expect(answerShowsRisk(once, 'yes')).toBe(false);
    expect(answerShowsRisk(once, 'no')).toBe(true);
    expect(answerShowsRisk(once, 'not-applicable')).toBe(false);
    // Items that are not questions carry neither.
    expect(report.audit.accounts[0]?.items.find((i) => i.question === null)).toMatchObject({ goodAnswer: null, answerLabels: null });
  });

  it('read a report written before the labels were kept, with plain words and no claim of risk', async () => {
    const report = await richReport();
    const older = JSON.parse(JSON.stringify(report), (key, value: unknown) => (key === 'goodAnswer' || key === 'answerLabels' ? undefined : value)) as unknown;
    const parsed = auditReportSchema.parse(older);
    const question = parsed.audit.questions[0];
    if (question === undefined) throw new Error('no question');
    expect(question.answerLabels).toBeNull();
    expect(question.goodAnswer).toBeNull();
    expect(answerChoices(question).map((c) => c.label)).toEqual(['Yes', 'No', 'Not applicable']);
    expect(answerLabel(question, 'not-applicable')).toBe('Not applicable');
    expect(answerShowsRisk(question, 'no')).toBe(false);
    expect(answerShowsRisk(question, 'yes')).toBe(false);
  });
});
