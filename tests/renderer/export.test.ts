/**
 * Export: what the appraisal summary is for, the reflection and choices kept as a draft, the summary
 * saved as PDF, text or JSON once the declaration is ticked, the JSON file saved through the save
 * dialog (or not, when the user cancels), and a plain-text summary to select and copy.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../main/engine/report/json.ts';
import type { StoredAudit } from '../../main/shared/api-contract.ts';
import { axeViolations, screenshot, SCREENSHOT_DIR } from '../support/accessibility.ts';
import { openRendererApp, type RendererApp } from '../support/renderer-app.ts';
import type { Harness } from '../unit/services/handler-fixtures.ts';
import { auditWithAnswer, personalAccount, rahmanProfile, sampleReport, SECRETS } from '../unit/store/store-fixtures.ts';

/** Dr Rahman's audit: her X account was not protected, she fixed it and checked again; she answered the patients question. */
const AUDIT: StoredAudit = {
  ...auditWithAnswer(),
  rechecks: [{ accountId: personalAccount.id, itemId: 'x.protected', at: '2026-11-26T09:30:00.000Z', status: 'pass', observed: 'true', reason: null }],
};

/** An earlier audit left as it was: X not protected, the patients question not answered. */
const OPEN_AUDIT: StoredAudit = { id: 'd4e5f6a7-b8c9-4d0e-8f1a-223344556677', report: sampleReport('2026-05-01T10:00:00.000Z'), answers: [], rechecks: [] };

let ui: RendererApp;
let folder: RendererApp['folder'];
let app: Harness;
let page: Page;

beforeAll(async () => {
  ui = await openRendererApp({}, {
    page: { defaultTimeout: 15_000 },
    prepare: (harness) => harness.store.update((data) => ({ ...data, profile: rahmanProfile, accounts: [personalAccount], history: [AUDIT, OPEN_AUDIT] })),
  });
  ({ folder, app, page } = ui);
  // The way a user gets there: History, the audit's results, then export.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'History' }).click();
  await page.getByRole('link', { name: 'View results of the audit of 25 November 2026' }).click();
  await page.getByRole('link', { name: 'Export this audit for your appraisal' }).click();
  await page.getByRole('heading', { level: 1, name: /Use this audit for your appraisal/ }).waitFor();
});
afterAll(() => ui.close());

const saveButton = (): ReturnType<Page['getByRole']> => page.getByRole('button', { name: 'Save the audit as a JSON file' });

describe('export', () => {
  it('says what the appraisal summary is for, and that the reflection is the user’s own', async () => {
    const main = await page.getByRole('main').innerText();
    expect(main).toContain('annual appraisal and revalidation');
    expect(main).toContain('reflective account for NMC revalidation');
    expect(main).toContain('Chaperone offers prompts but does not write it for you');
    expect(main).not.toContain('coming in a later version');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('Audit of 25 November 2026');
  });

  it('previews the short summary before saving, and says nothing is open when nothing is', async () => {
    const box = page.getByRole('textbox', { name: 'Preview: the summary in short' });
    await expect.poll(() => box.inputValue()).toContain('Amina Rahman');
    expect(await box.getAttribute('readonly')).not.toBeNull();
    const text = await box.inputValue();
    expect(text).toContain(`FIXED: 1 setting: ${SECRETS.personalLabel}: Title of x.protected (checked again 26 November 2026).`);
    expect(text).toContain('Questions only you can answer: 1 of 1 answered.');
    expect(text).toContain('LEFT TO DO: 0 settings to fix, 0 settings to check by hand, 0 questions not answered.');
    expect(text).toContain('A good result does not show that your use of social media meets every professional standard.');
    expect(text.length).toBeLessThan(3000);
    expect(await page.locator('#summary-preview-hint').innerText()).toContain(`(${text.length.toLocaleString('en-GB')} characters)`);
    expect(text).not.toContain(SECRETS.registrationNumber);
    expect(text).not.toContain(SECRETS.reportBio);
    expect(await page.getByText('Nothing is left open: every setting that could be checked passed, and every question is answered.').count()).toBe(1);
    expect(await page.getByRole('heading', { name: /Some things are still open/ }).count()).toBe(0);
    await screenshot(page, 'export-nothing-open');

    await page.getByRole('button', { name: 'Select all the text' }).focus();
    await page.keyboard.press('Enter');
    const selection = await box.evaluate((el: HTMLTextAreaElement) => ({ focused: document.activeElement === el, start: el.selectionStart, end: el.selectionEnd }));
    expect(selection).toEqual({ focused: true, start: 0, end: text.length });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('saves the audit as a JSON file and says where', async () => {
    const path = join(folder.dir, 'Chaperone audit.json');
    app.answerSaveDialog(path);
    await saveButton().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `Saved to ${path}` }).waitFor();
    expect(app.saved).toHaveLength(1);
    const saved = app.saved[0];
    expect(saved?.suggestedName).toMatch(/\.json$/);
    expect(parseReport(saved?.content ?? '', 'saved').profile.registeredName).toBe(rahmanProfile.registeredName);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'export');
  });

  it('saves nothing and says nothing when the user cancels the save dialog', async () => {
    app.answerSaveDialog(null);
    await saveButton().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Saved to').count()).toBe(0);
    await expect.poll(() => page.getByText('Choose where to save the file').count()).toBe(0);
    expect(app.saved).toHaveLength(1);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});

const field = (name: string): ReturnType<Page['getByRole']> => page.getByRole('textbox', { name, exact: true });
const press = async (control: ReturnType<Page['getByRole']>, key: 'Enter' | 'Space'): Promise<void> => {
  await control.focus();
  await page.keyboard.press(key);
};

describe('the appraisal summary', () => {
  it('offers the prompts under each part of the reflection, and keeps a draft', async () => {
    expect(await page.getByRole('heading', { level: 2, name: 'Your appraisal summary' }).count()).toBe(1);
    const what = field('What?');
    expect(await what.getAttribute('aria-describedby')).toBe('reflection-what-hint');
    expect(await page.locator('#reflection-what-hint').innerText()).toBe('What did you check, and what did you find?');
    expect(await page.locator('#reflection-so-what-hint').innerText()).toContain('What did you learn?');
    expect(await field('Now what?').count()).toBe(1);
    await what.focus();
    await page.keyboard.type('I checked my X account. It was public.');
    await field('So what?').fill('Patients could see my family photos.');
    await field('Now what?').fill('I will check again before my appraisal.');
    await press(page.getByRole('checkbox', { name: 'Show my account names (handles)' }), 'Space');
    await page.getByRole('textbox', { name: /How long did the audit/ }).fill('45');
    await press(page.getByRole('button', { name: 'Save draft' }), 'Enter');
    await page.getByRole('status').filter({ hasText: 'Your draft is saved' }).waitFor();
    expect(app.store.read().history[0]?.appraisal).toEqual({
      reflection: { what: 'I checked my X account. It was public.', soWhat: 'Patients could see my family photos.', nowWhat: 'I will check again before my appraisal.' },
      options: { showRegistrationNumber: false, showHandles: true, timeSpentMinutes: 45, declarationAccepted: false, appendix: false },
    });
    // The preview follows what is typed, before anything is saved again.
    await expect.poll(() => page.getByRole('textbox', { name: 'Preview: the summary in short' }).inputValue()).toContain('So what? Patients could see my family photos.');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the draft again when the user comes back', async () => {
    await page.getByRole('link', { name: 'Back to the results of this audit' }).click();
    await page.getByRole('link', { name: 'Export this audit for your appraisal' }).click();
    await page.getByRole('heading', { level: 1, name: /Use this audit for your appraisal/ }).waitFor();
    expect(await field('So what?').inputValue()).toBe('Patients could see my family photos.');
    expect(await page.getByRole('checkbox', { name: 'Show my account names (handles)' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Show my registration number' }).isChecked()).toBe(false);
  });

  it('will not save the summary until the declaration is ticked, and says so next to it', async () => {
    const saved = app.saved.length;
    await press(page.getByRole('button', { name: 'Save PDF' }), 'Enter');
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: /Tick the declaration/ }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).toBe(true);
    expect(await page.locator('#declaration-error').innerText()).toContain('Tick the declaration');
    await press(summary.getByRole('link', { name: /Tick the declaration/ }), 'Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('declaration');
    expect(app.saved.length).toBe(saved);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says when the time spent is not a whole number of minutes', async () => {
    const time = page.getByRole('textbox', { name: /How long did the audit/ });
    await time.fill('an hour');
    await press(page.getByRole('button', { name: 'Save draft' }), 'Enter');
    await page.getByRole('alert').getByRole('link', { name: /whole number of minutes/ }).waitFor();
    expect(await page.locator('#time-spent-error').innerText()).toContain('whole number of minutes, from 1 to 6000');
    await time.fill('45');
  });

  it('says what the files’ fingerprint shows, and that it cannot prove who made a file or when', async () => {
    const main = await page.getByRole('main').innerText();
    expect(main).toContain('Each file is sealed with a fingerprint. A fingerprint shows accidental changes; it cannot prove who made the file or when.');
    expect(main).not.toMatch(/whether anyone has changed|tamper|proves|authentic/i);
  });

  it('saves the summary as PDF, text and JSON, and says where each went', async () => {
    await press(page.getByRole('checkbox', { name: 'This document holds no information that could identify a patient' }), 'Space');
    for (const [button, name] of [['Save PDF', 'appraisal.pdf'], ['Save the short text', 'appraisal.txt'], ['Save as JSON', 'appraisal.json']] as const) {
      const path = join(folder.dir, name);
      app.answerSaveDialog(path);
      await press(page.getByRole('button', { name: button }), 'Enter');
      await page.getByRole('status').filter({ hasText: `Saved to ${path}` }).waitFor();
      expect(app.saved.at(-1)?.suggestedName).toBe(`chaperone-${name.replace('.', '-2026-11-25.')}`);
    }
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(app.printed.at(-1)).toContain('I will check again before my appraisal.');
    // Two pages: no appendix unless asked for.
    expect(app.printed.at(-1)).toContain('<section class="page-2">');
    expect(app.printed.at(-1)).not.toContain('Appendix: every item checked');
    const short = String(app.saved.at(-2)?.content);
    expect(short).toContain('So what? Patients could see my family photos.');
    expect(short.length).toBeLessThan(3000);
    expect(app.store.read().history[0]?.appraisal?.options.declarationAccepted).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'export-appraisal');
  });

  it('offers one primary button, Save PDF, and the other formats as secondary ones', async () => {
    const buttons = page.locator('.nhsuk-button-group').last().getByRole('button');
    expect(await buttons.allInnerTexts()).toEqual(['Save PDF', 'Save the short text', 'Save as JSON']);
    expect(await buttons.evaluateAll((list) => list.map((b) => b.classList.contains('nhsuk-button--secondary')))).toEqual([false, true, true]);
  });

  it('adds the appendix and the full text when asked, and keeps the choice with the draft', async () => {
    await press(page.getByRole('checkbox', { name: 'Add every item checked (an appendix)' }), 'Space');
    expect(await page.getByRole('button', { name: 'Save the full text' }).count()).toBe(1);
    for (const [button, name] of [['Save PDF', 'appendix.pdf'], ['Save the full text', 'appendix.txt']] as const) {
      app.answerSaveDialog(join(folder.dir, name));
      await press(page.getByRole('button', { name: button }), 'Enter');
      await page.getByRole('status').filter({ hasText: `Saved to ${join(folder.dir, name)}` }).waitFor();
    }
    expect(app.printed.at(-1)).toContain('Appendix: every item checked');
    expect(String(app.saved.at(-1)?.content)).toContain('FINDINGS');
    expect(app.store.read().history[0]?.appraisal?.options.appendix).toBe(true);
    await press(page.getByRole('checkbox', { name: 'Add every item checked (an appendix)' }), 'Space');
  });
});

describe('an audit with things still open', () => {
  beforeAll(async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'History' }).click();
    await page.getByRole('link', { name: 'View results of the audit of 1 May 2026' }).click();
    await page.getByRole('link', { name: 'Export this audit for your appraisal' }).click();
    await page.getByRole('heading', { level: 1, name: /Audit of 1 May 2026/ }).waitFor();
  });

  it('warns before saving, with the counts and links to the results and the questions', async () => {
    const callout = page.locator('.nhsuk-card--warning');
    await callout.getByRole('heading', { name: 'Important: Some things are still open' }).waitFor();
    const text = await callout.innerText();
    expect(text).toContain('1 setting needs fixing');
    expect(text).toContain('1 question is not answered');
    expect(text).not.toContain('could not be checked');
    expect(await callout.getByRole('link', { name: 'Go to the results to fix or check settings' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'export-with-warning');
    const preview = await page.getByRole('textbox', { name: 'Preview: the summary in short' }).inputValue();
    expect(preview).toContain('LEFT TO DO: 1 setting to fix, 0 settings to check by hand, 1 question not answered.');
    expect(preview).toContain(`By 1 June 2026 (1): ${SECRETS.personalLabel}: Title of x.protected.`);
    // The preview section on its own, as the user sees it before saving.
    await page.locator('section[aria-labelledby="preview-heading"]').screenshot({ path: join(SCREENSHOT_DIR, 'export-preview.png') });
  });

  it('takes the user to the questions from the warning', async () => {
    await press(page.locator('.nhsuk-card--warning').getByRole('link', { name: 'Answer the questions' }), 'Enter');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /question/i }).waitFor();
  });
});
