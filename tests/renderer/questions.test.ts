/**
 * Questions only the user can answer: one a page ("Question 3 of 12"), answers in the question's
 * own words from the checklist, "Save and continue", a way to skip, then "Check your answers" with
 * a Change link that comes back; an answer from the last audit is offered ("Still true?") and
 * saved in this audit only when the person saves it. Keyboard only; axe on every state.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChecklists } from '../../main/engine/checklist/load.ts';
import type { ChecklistItem } from '../../main/engine/checklist/model.ts';
import type { ManualAnswer, StoredAudit } from '../../main/shared/api-contract.ts';
import { ALL_ACCOUNTS } from '../../main/shared/audit-view.ts';
import { axeViolations, screenshot } from '../support/accessibility.ts';
import { activate, tabTo } from '../support/keyboard.ts';
import { CHECKLIST_DIR } from '../unit/services/handler-fixtures.ts';
import { openAuditApp, openLatestResults, type AuditApp } from './audit-screen-app.ts';
import { PERSONAL, PERSONAL_SETTINGS, richAudit, WORK, xReport } from './audit-screen-fixtures.ts';

let ui: AuditApp;
let page: Page;
let checklistItems: Map<string, ChecklistItem>;
beforeAll(async () => {
  ui = await openAuditApp({});
  page = ui.page;
  page.setDefaultTimeout(10_000);
  const set = await loadChecklists(CHECKLIST_DIR);
  checklistItems = new Map([...set.common, ...set.platforms.flatMap((p) => p.items)].map((i) => [i.id, i]));
});
afterAll(async () => { await ui.close(); });

interface Asked { accountId: string; itemId: string; text: string }

/** The audit's questions in the order they are asked: all accounts first, then each account's. */
function asked(audit: StoredAudit): Asked[] {
  const { questions, accounts } = audit.report.audit;
  return [
    ...questions.map((i) => ({ accountId: ALL_ACCOUNTS, itemId: i.itemId, text: i.question ?? '' })),
    ...accounts.flatMap((a) => a.items.filter((i) => i.status === 'manual').map((i) => ({ accountId: a.account.id, itemId: i.itemId, text: i.question ?? '' }))),
  ];
}

/** The checklist's own words for an item's answers. */
function labels(itemId: string): { yes: string; no: string; notApplicable: string | null } {
  const question = checklistItems.get(itemId)?.question;
  if (question == null) throw new Error(`${itemId} is not a question in the checklists`);
  return question.labels;
}

const h1 = (): ReturnType<Page['getByRole']> => page.getByRole('heading', { level: 1 });
const headingHasFocus = (): Promise<boolean> => page.evaluate(() => document.activeElement?.tagName === 'H1');
const stored = (audit: StoredAudit): ManualAnswer[] => ui.app.store.read().history.find((a) => a.id === audit.id)?.answers ?? [];

/** Waits for question `n` of `total` and checks the page heading is the question and has focus. */
async function onQuestion(n: number, total: number, question: Asked): Promise<void> {
  await h1().filter({ hasText: `Question ${String(n)} of ${String(total)}:` }).waitFor();
  expect(await h1().textContent()).toContain(question.text);
  expect(await headingHasFocus()).toBe(true);
}

describe('questions', () => {
  it('asks one question a page in its own words, refuses an empty answer, moves on, and ends with Check your answers', async () => {
    const audit = await richAudit();
    const questions = asked(audit);
    const total = questions.length;
    const [first, second, third] = questions;
    if (first === undefined || second === undefined || third === undefined) throw new Error('the audit has too few questions');
    expect(first.accountId).toBe(ALL_ACCOUNTS);
    await ui.openHome((data) => ({ ...data, history: [audit] }));
    await openLatestResults(page);
    await activate(page, page.getByRole('link', { name: `Answer ${String(total)} questions only you can answer` }));

    // Question 1: about all accounts, the question is the heading, the choices are the checklist's words.
    await onQuestion(1, total, first);
    expect(await h1().textContent()).toContain(`Question 1 of ${String(total)}: all your accounts`);
    const words = labels(first.itemId);
    const radios = page.getByRole('group').first().getByRole('radio');
    expect(await radios.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).labels?.[0]?.textContent))).toEqual(
      [words.yes, words.no, ...(words.notApplicable === null ? [] : [words.notApplicable])],
    );
    expect(await page.getByRole('radio', { name: 'Yes', exact: true }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'questions-first');

    // Save and continue with nothing chosen: the summary takes focus, the error is by the choices, its link leads there.
    await activate(page, page.getByRole('button', { name: 'Save and continue' }));
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).toBe(true);
    expect(await page.locator('.nhsuk-error-message').textContent()).toBe('Error: Choose an answer, or skip this question for now');
    expect(await page.getByRole('group').first().getAttribute('aria-describedby')).toContain('answer-error');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'questions-error');
    await activate(page, summary.getByRole('link', { name: 'Choose an answer, or skip this question for now' }));
    expect(await page.getByRole('radio', { name: words.yes, exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(stored(audit)).toEqual([]);

    // Choose the good answer by keyboard, add a note, save: question 2 opens with its heading focused.
    const goodLabel = checklistItems.get(first.itemId)?.question?.goodAnswer === 'yes' ? words.yes : words.no;
    await activate(page, page.getByRole('radio', { name: goodLabel, exact: true }), 'Space');
    await activate(page, page.getByRole('textbox', { name: 'Note (optional)' }));
    await page.keyboard.type('Read it with my supervisor');
    await activate(page, page.getByRole('button', { name: 'Save and continue' }));
    await onQuestion(2, total, second);
    expect(stored(audit)).toEqual([expect.objectContaining({ accountId: ALL_ACCOUNTS, itemId: first.itemId, note: 'Read it with my supervisor' })]);
    expect(await page.getByRole('alert').count()).toBe(0);

    // Skip question 2, then come back to it with the Back link.
    await activate(page, page.getByRole('link', { name: 'Skip this question for now' }));
    await onQuestion(3, total, third);
    await activate(page, page.getByRole('link', { name: 'Back to the previous question' }));
    await onQuestion(2, total, second);
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);

    // Skip to the end: after the last question comes Check your answers.
    for (let n = 2; n <= total; n++) {
      await onQuestion(n, total, questions[n - 1] ?? first);
      await activate(page, page.getByRole('link', { name: 'Skip this question for now' }));
    }
    await h1().filter({ hasText: 'Check your answers' }).waitFor();
    expect(await headingHasFocus()).toBe(true);
    expect(await page.getByText(`You have answered 1 of ${String(total)} questions in this audit. ${String(total - 1)} questions are not answered yet.`).count()).toBe(1);
    // All your accounts first, then each account; one row a question.
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(
      ['All your accounts', 'Family and friends X', 'Clinic updates X'],
    );
    expect(await page.locator('.nhsuk-summary-list__row').count()).toBe(total);
    const firstRow = page.locator('.nhsuk-summary-list__row').first();
    expect(await firstRow.locator('dt').textContent()).toBe(first.text);
    expect(await firstRow.locator('.nhsuk-summary-list__value p').allTextContents()).toEqual([goodLabel, 'Note: Read it with my supervisor']);
    expect(await page.locator('.nhsuk-summary-list__row').nth(1).locator('.nhsuk-summary-list__value').textContent()).toBe('Not answered yet');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'questions-check-answers');

    // Change the first answer to the one that shows a risk: back to Check your answers, with what to do.
    await activate(page, firstRow.getByRole('link', { name: `Change your answer: ${first.text}` }));
    await onQuestion(1, total, first);
    expect(await page.getByRole('radio', { name: goodLabel, exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('link', { name: 'Back to check your answers', exact: true }).count()).toBe(1);
    const riskLabel = goodLabel === words.yes ? words.no : words.yes;
    // In a radio group with a choice made, Tab reaches the chosen radio and the arrows move the choice.
    await tabTo(page, page.getByRole('radio', { name: goodLabel, exact: true }));
    await page.keyboard.press(goodLabel === words.yes ? 'ArrowDown' : 'ArrowUp');
    expect(await page.getByRole('radio', { name: riskLabel, exact: true }).isChecked()).toBe(true);
    await activate(page, page.getByRole('button', { name: 'Save and continue' }));
    await h1().filter({ hasText: 'Check your answers' }).waitFor();
    expect(await headingHasFocus()).toBe(true);
    expect(await firstRow.locator('.nhsuk-summary-list__value p').first().textContent()).toBe(riskLabel);
    const banner = page.getByRole('alert');
    expect(await banner.getByRole('heading', { name: 'Something to do' }).count()).toBe(1);
    expect(await banner.textContent()).toContain(`You said “${riskLabel}”`);
    await activate(page, banner.locator('summary', { hasText: 'What you can do' }));
    const step = audit.report.audit.questions[0]?.fix.steps[0] ?? '';
    expect(await banner.getByText(step).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'questions-risk');
    expect(stored(audit)).toEqual([expect.objectContaining({ itemId: first.itemId, answer: goodLabel === words.yes ? 'no' : 'yes' })]);

    await activate(page, page.getByRole('link', { name: 'Back to the results' }).last());
    await page.getByRole('heading', { level: 1, name: /Audit results/ }).waitFor();
  });

  it('carries the last audit’s answers over as “Still true?”, and keeps them only when the person saves', async () => {
    const earlier: StoredAudit = {
      id: '7c2e4f10-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      report: await xReport([{ account: PERSONAL, values: PERSONAL_SETTINGS }, { account: WORK, session: 'signed-out' }], { at: '2026-05-01T09:00:00.000Z' }),
      answers: [], rechecks: [],
    };
    const audit = await richAudit();
    const questions = asked(audit);
    const total = questions.length;
    const [first] = questions;
    const patients = questions.findIndex((q) => q.accountId === PERSONAL.id && q.itemId === 'common.no-patients-connected');
    if (first === undefined || patients === -1) throw new Error('the audit lacks the questions this test needs');
    const before: ManualAnswer[] = [
      { accountId: ALL_ACCOUNTS, itemId: first.itemId, answer: 'not-applicable', note: '', answeredAt: '2026-05-01T09:20:00.000Z' },
      { accountId: PERSONAL.id, itemId: 'common.no-patients-connected', answer: 'no', note: 'Checked my followers', answeredAt: '2026-05-01T09:30:00.000Z' },
    ];
    await ui.openHome((data) => ({ ...data, history: [{ ...earlier, answers: before }, audit] }));
    await openLatestResults(page);
    await activate(page, page.getByRole('link', { name: `Answer ${String(total)} questions only you can answer` }));

    // Question 1 was answered "not applicable" in May: if this question still offers it, it is asked about.
    await onQuestion(1, total, first);
    const firstWords = labels(first.itemId);
    if (firstWords.notApplicable !== null) {
      expect(await page.locator('#answer-carried').textContent()).toBe(`You said “${firstWords.notApplicable}” on 1 May 2026. Still true?`);
    } else {
      expect(await page.locator('#answer-carried').count()).toBe(0);
    }

    // The patients question on Family and friends X: "No, none are" from May, filled in with its note.
    await activate(page, page.getByRole('link', { name: 'Skip this question for now' }));
    for (let n = 2; n <= patients; n++) await activate(page, page.getByRole('link', { name: 'Skip this question for now' }));
    await onQuestion(patients + 1, total, questions[patients] ?? first);
    const words = labels('common.no-patients-connected');
    expect(words.no).toBe('No, none are');
    expect(await page.locator('#answer-carried').textContent()).toBe('You said “No, none are” on 1 May 2026. Still true?');
    expect(await page.getByRole('group').first().getAttribute('aria-describedby')).toContain('answer-carried');
    expect(await page.getByRole('radio', { name: 'No, none are', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Note (optional)' }).inputValue()).toBe('Checked my followers');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'questions-carried');
    // Offered, not claimed: this audit holds no answer yet.
    expect(stored(audit)).toEqual([]);

    // Check your answers says it is not confirmed yet, and counts it.
    for (let n = patients + 1; n <= total; n++) await activate(page, page.getByRole('link', { name: 'Skip this question for now' }));
    await h1().filter({ hasText: 'Check your answers' }).waitFor();
    const carriedCount = firstWords.notApplicable === null ? 1 : 2;
    expect(await page.getByText(`${String(total)} questions are not answered yet, ${String(carriedCount)} of them with an answer from your last audit to confirm.`).count()).toBe(1);
    const row = page.locator('.nhsuk-summary-list__row').nth(patients);
    expect(await row.locator('.nhsuk-summary-list__value').textContent()).toBe('Not yet confirmed — you said “No, none are” on 1 May 2026');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'questions-check-answers-carried');

    // Confirm it: saved in this audit, and Check your answers shows it as an answer.
    await activate(page, row.getByRole('link', { name: /^Confirm or change your answer: Are any current or former patients/ }));
    await onQuestion(patients + 1, total, questions[patients] ?? first);
    await activate(page, page.getByRole('button', { name: 'Save and continue' }));
    await h1().filter({ hasText: 'Check your answers' }).waitFor();
    expect(await row.locator('.nhsuk-summary-list__value p').allTextContents()).toEqual(['No, none are', 'Note: Checked my followers']);
    expect(stored(audit)).toEqual([expect.objectContaining({ accountId: PERSONAL.id, itemId: 'common.no-patients-connected', answer: 'no', note: 'Checked my followers' })]);
    // The earlier audit keeps its own answers untouched.
    expect(stored(earlier)).toEqual(before);
  });
});
