/**
 * "Your social media policy" (issue 15), by keyboard only: choose a personal or a practice policy,
 * answer every question one a page ("Question 3 of 14", the account named on its own questions),
 * check the answers and change one, write the policy and read it (title, who wrote it, who it
 * applies to, what the latest audit found, numbered clauses with the guidance each follows), save it
 * as Markdown through the save dialog, add its review date to the calendar, see it on Home, and
 * start a review with the answers offered again. axe on every screen; screenshots looked at.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy, questionsFor } from '../../main/engine/policy/load.ts';
import type { PolicyData, PolicyKind } from '../../main/engine/policy/model.ts';
import { axeViolations, screenshot } from '../support/accessibility.ts';
import { activate, chooseRadio, tabTo } from '../support/keyboard.ts';
import { openRendererApp, type RendererApp } from '../support/renderer-app.ts';
import { CHECKLIST_DIR } from '../unit/services/handler-fixtures.ts';
import { rahmanProfile } from '../unit/store/store-fixtures.ts';
import { PERSONAL, richAudit, WORK } from './audit-screen-fixtures.ts';

let ui: RendererApp;
let page: Page;
let data: PolicyData;
beforeAll(async () => {
  ui = await openRendererApp({ 'browsers.find': () => Promise.resolve([]) });
  page = ui.page;
  page.setDefaultTimeout(10_000);
  data = (await loadPolicy(CHECKLIST_DIR)).data;
});
afterAll(async () => { await ui.close(); });

const h1 = (): ReturnType<Page['getByRole']> => page.getByRole('heading', { level: 1 });
const headingHasFocus = (): Promise<boolean> => page.evaluate(() => document.activeElement?.tagName === 'H1');
const tasks = (): ReturnType<Page['locator']> => page.locator('.app-home-tasks .nhsuk-task-list__item');

async function openHome(): Promise<void> {
  await ui.app.store.clear();
  const audit = await richAudit();
  await ui.app.store.update((d) => ({ ...d, profile: rahmanProfile, accounts: [PERSONAL, WORK], history: [audit] }));
  await page.reload();
  await h1().filter({ hasText: 'Your social media audit' }).waitFor();
}

/** The pages a policy of this kind asks: each question (per-account ones once an account), then the review date. */
function pageCount(kind: PolicyKind, accounts: number): number {
  const asked = questionsFor(data, kind);
  return asked.filter((q) => !q.perAccount).length + asked.filter((q) => q.perAccount).length * accounts + 1;
}

/** Answers every page from the one open now: the first choice, the given words for a text, the suggested review date. */
async function answerAll(total: number, words: Record<string, string>, shots: Record<number, string> = {}): Promise<void> {
  for (let n = 1; n <= total; n++) {
    await h1().filter({ hasText: `Question ${String(n)} of ${String(total)}` }).waitFor();
    expect(await headingHasFocus()).toBe(true);
    const heading = (await h1().textContent()) ?? '';
    const question = data.questions.find((q) => heading.endsWith(q.text));
    if (question?.type === 'choice') {
      await chooseRadio(page, page.getByRole('radio').first());
    } else if (question?.type === 'text') {
      await tabTo(page, page.getByRole('textbox'));
      await page.keyboard.type(words[question.id] ?? `words for ${question.id}`);
    } else {
      expect(heading).toContain('When will you review this policy?');
    }
    const shot = shots[n];
    if (shot !== undefined) {
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, shot);
    }
    await activate(page, page.getByRole('button', { name: 'Save and continue' }));
  }
  await h1().filter({ hasText: 'Check your answers' }).waitFor();
}

describe('the social media policy', () => {
  it('writes a personal policy end to end by keyboard, with one answer changed, saved as Markdown and in the calendar', async () => {
    await openHome();
    expect((await tasks().last().innerText()).replace(/\s+/g, ' ').trim()).toBe('Social media policy A personal or practice policy written from your answers Not started');
    await activate(page, tasks().getByRole('link', { name: 'Social media policy' }));
    await page.getByRole('radio', { name: 'My personal policy' }).waitFor();
    expect(await page.getByText('For you alone: how you use social media as a health professional').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'policy-start');

    // Start with no choice: the error summary says what to do and links to the choices.
    await activate(page, page.getByRole('button', { name: 'Start' }));
    await page.getByRole('alert').waitFor();
    expect(await page.locator('.nhsuk-error-message').textContent()).toBe('Error: Choose which policy you want to write');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'policy-start-error');
    await chooseRadio(page, page.getByRole('radio', { name: 'My personal policy' }));
    await activate(page, page.getByRole('button', { name: 'Start' }));

    const total = pageCount('personal', 2);
    expect(total).toBe(14);
    // The account's own questions name it; the text question has a text box.
    await h1().filter({ hasText: 'Question 1 of 14' }).waitFor();
    expect(await h1().textContent()).toBe('Question 1 of 14: Family and friends X (X) – Who is this account for?');
    await answerAll(total, { 'account-audience': 'family and friends' }, { 1: 'policy-question-account', 5: 'policy-question-choice', [total]: 'policy-question-review-date' });

    // Check your answers: the whole policy first, then each account; every answer in the person's words.
    expect(await headingHasFocus()).toBe(true);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['The whole policy', 'Family and friends X (X)', 'Clinic updates X (X)', 'Write your policy']);
    expect(await page.getByText('You have answered 14 of 14 questions.').count()).toBe(1);
    const patients = data.questions.find((q) => q.id === 'patients-cases');
    if (patients === undefined) throw new Error('no patients-cases question');
    const row = page.locator('.nhsuk-summary-list__row', { hasText: patients.text });
    expect(await row.locator('.nhsuk-summary-list__value').textContent()).toBe(patients.options[0]?.label);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'policy-check-answers');

    // Change one answer: back to Check your answers with the new one.
    await activate(page, row.getByRole('link', { name: `Change your answer: ${patients.text}` }));
    await h1().filter({ hasText: patients.text }).waitFor();
    expect(await page.getByRole('link', { name: 'Back to check your answers', exact: true }).count()).toBe(1);
    await chooseRadio(page, page.getByRole('radio', { name: patients.options[1]?.label ?? '' }));
    await activate(page, page.getByRole('button', { name: 'Save and continue' }));
    await h1().filter({ hasText: 'Check your answers' }).waitFor();
    expect(await row.locator('.nhsuk-summary-list__value').textContent()).toBe(patients.options[1]?.label);

    // Write it: the policy page, announced, with the policy to read and the ways to save it.
    await activate(page, page.getByRole('button', { name: 'Write my policy' }));
    await page.getByText('Your policy is written').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    const article = page.locator('article.app-policy');
    expect(await article.getByRole('heading', { level: 2 }).first().textContent()).toBe('Social media policy of Amina Rahman');
    expect(await article.textContent()).toContain('Written by Amina Rahman, doctor registered with the GMC');
    expect(await article.getByRole('heading', { name: /^What my latest audit found/ }).count()).toBe(1);
    expect(await article.textContent()).toContain('Family and friends X (X (Twitter)) is a personal account, for family and friends.');
    // The changed answer shows in its clause; each clause lists the guidance it follows, the author's regulator's only.
    expect(await article.textContent()).toMatch(/explicit consent/i);
    expect(await article.locator('.app-policy-cites li').count()).toBeGreaterThan(10);
    expect((await article.locator('.app-policy-cites li').allTextContents()).filter((c) => /^(NMC|HCPC|GPhC|GDC),/.test(c))).toEqual([]);
    for (const label of ['Save as Word document (DOCX)', 'Save as PDF', 'Save as Markdown', 'Add the review date to your calendar']) {
      expect(await page.getByRole('button', { name: label }).count()).toBe(1);
    }
    expect(await page.getByRole('button', { name: 'Save as Word document (DOCX)' }).getAttribute('class')).toBe('nhsuk-button');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'policy-document');

    const path = `${ui.folder.dir}/my-policy.md`;
    ui.app.answerSaveDialog(path);
    await activate(page, page.getByRole('button', { name: 'Save as Markdown' }));
    await page.getByText(path).waitFor();
    const file = ui.app.saved.at(-1);
    expect(file?.suggestedName).toMatch(/^social-media-policy-\d{4}-\d{2}-\d{2}\.md$/);
    expect(file?.content).toContain('# Social media policy of Amina Rahman');
    expect(file?.content).toContain('Family and friends X (X (Twitter)) is a personal account, for family and friends.');
    expect(file?.content).toMatch(/explicit consent/i);

    await activate(page, page.getByRole('button', { name: 'Add the review date to your calendar' }));
    await page.getByText(/Chaperone saved a reminder for/).waitFor();
    expect(ui.app.saved.at(-1)?.suggestedName).toMatch(/^social-media-policy-review-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(ui.app.saved.at(-1)?.content).toContain('SUMMARY:Chaperone: review your social media policy');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'policy-document-saved');

    // Home shows when it was written.
    await activate(page, page.getByRole('link', { name: 'Home' }));
    await h1().filter({ hasText: 'Your social media audit' }).waitFor();
    expect((await tasks().last().innerText()).replace(/\s+/g, ' ').trim()).toMatch(/^Social media policy A personal or practice policy written from your answers Written on \d{1,2} \w+ \d{4}$/);

    // The next review: the answers offered again; an account added since gets its own questions, with nothing to offer.
    const added = { ...WORK, id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', label: 'New practice X' };
    await ui.app.store.update((d) => ({ ...d, accounts: [...d.accounts, added] }));
    await page.reload();
    await h1().filter({ hasText: 'Your social media audit' }).waitFor();
    await activate(page, tasks().getByRole('link', { name: 'Social media policy' }));
    await page.getByRole('button', { name: 'Start a review' }).waitFor();
    expect(await page.locator('.nhsuk-summary-list').innerText()).toMatch(/Policy\s+My personal policy\s+Written on\s+\d/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'policy-start-written');
    await activate(page, page.getByRole('button', { name: 'Start a review' }));
    await h1().filter({ hasText: `Question 1 of ${String(pageCount('personal', 3))}` }).waitFor();
    expect(await page.locator('.app-carried').textContent()).toMatch(/^You said “family and friends” on \d{1,2} \w+ \d{4}\. Still true\?$/);
    expect(await page.getByRole('textbox').inputValue()).toBe('family and friends');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'policy-question-carried');
    // The new account's questions come after the two known accounts' (two questions each).
    await activate(page, page.getByRole('link', { name: 'Skip this question for now' }));
    for (let n = 2; n <= 4; n++) {
      await h1().filter({ hasText: `Question ${String(n)} of` }).waitFor();
      await activate(page, page.getByRole('link', { name: 'Skip this question for now' }));
    }
    await h1().filter({ hasText: 'Question 5 of' }).waitFor();
    expect(await h1().textContent()).toContain('New practice X (X)');
    expect(await page.locator('.app-carried').count()).toBe(0);
  });

  it('writes a practice policy with the organisation and who it applies to, and saves it as Markdown', async () => {
    await openHome();
    await activate(page, tasks().getByRole('link', { name: 'Social media policy' }));
    await chooseRadio(page, page.getByRole('radio', { name: 'Our practice or team policy' }));
    // A practice's policy covers the professional account; the personal one is left out unless chosen.
    const personal = page.getByRole('checkbox', { name: 'Family and friends X (X)' });
    const work = page.getByRole('checkbox', { name: 'Clinic updates X (X)' });
    expect(await personal.isChecked()).toBe(false);
    expect(await work.isChecked()).toBe(true);
    // Covering no account at all is refused, saying what to do.
    await activate(page, work, 'Space');
    await activate(page, page.getByRole('button', { name: 'Start' }));
    await page.getByRole('alert').getByText('Choose at least one account for the policy to cover').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'policy-start-accounts-error');
    await activate(page, work, 'Space');
    await activate(page, page.getByRole('button', { name: 'Start' }));
    const total = pageCount('practice', 1);
    await answerAll(total, {
      organisation: 'Leeds Road Surgery', appliesTo: 'all clinical and non-clinical staff', whoMayPost: 'the practice manager',
      'account-audience': 'our patients',
    }, { 1: 'policy-question-text' });
    expect(await page.getByText(`You have answered ${String(total)} of ${String(total)} questions.`).count()).toBe(1);
    expect(await page.locator('.nhsuk-summary-list__row', { hasText: 'What is the name of your practice' }).locator('.nhsuk-summary-list__value').textContent()).toBe('Leeds Road Surgery');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'policy-practice-check-answers');
    await activate(page, page.getByRole('button', { name: 'Write my policy' }));
    await page.getByText('Your policy is written').waitFor();
    const article = page.locator('article.app-policy');
    expect(await article.getByRole('heading', { level: 2 }).first().textContent()).toBe('Social media policy of Leeds Road Surgery');
    expect(await article.textContent()).toContain('It applies to all clinical and non-clinical staff.');
    expect(await article.getByRole('heading', { name: /^What our latest audit found/ }).count()).toBe(1);
    expect(await article.getByRole('heading', { name: 'The practice\'s own accounts' }).count()).toBe(1);
    expect(await article.textContent()).toContain('the practice manager');
    expect(await article.textContent()).toContain('Clinic updates X');
    expect(await article.textContent()).not.toContain('Family and friends X');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'policy-practice-document');

    ui.app.answerSaveDialog(`${ui.folder.dir}/practice.md`);
    await activate(page, page.getByRole('button', { name: 'Save as Markdown' }));
    await page.getByText(`${ui.folder.dir}/practice.md`).waitFor();
    const content = ui.app.saved.at(-1)?.content ?? '';
    expect(content).toContain('# Social media policy of Leeds Road Surgery');
    expect(content).toContain('It applies to all clinical and non-clinical staff.');
    expect(content).toContain('the practice manager');

    // Cancelled: nothing saved, and it says so.
    const count = ui.app.saved.length;
    ui.app.answerSaveDialog(null);
    await activate(page, page.getByRole('button', { name: 'Save as Markdown' }));
    await page.getByText('You did not save the policy.').waitFor();
    expect(ui.app.saved.length).toBe(count);
  });
});
