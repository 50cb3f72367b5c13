/**
 * Export: what the appraisal summary is for, the JSON file saved through the save dialog (or not,
 * when the user cancels), and a plain-text summary to select and copy.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../main/engine/report/json.ts';
import type { StoredAudit } from '../../main/shared/api-contract.ts';
import { axeViolations, screenshot } from '../support/accessibility.ts';
import { openRendererApp, type RendererApp } from '../support/renderer-app.ts';
import type { Harness } from '../unit/services/handler-fixtures.ts';
import { auditWithAnswer, personalAccount, rahmanProfile, SECRETS } from '../unit/store/store-fixtures.ts';

/** Dr Rahman's audit: her X account was not protected, she fixed it and checked again; she answered the patients question. */
const AUDIT: StoredAudit = {
  ...auditWithAnswer(),
  rechecks: [{ accountId: personalAccount.id, itemId: 'x.protected', at: '2026-11-26T09:30:00.000Z', status: 'pass', observed: 'true', reason: null }],
};

let ui: RendererApp;
let folder: RendererApp['folder'];
let app: Harness;
let page: Page;

beforeAll(async () => {
  ui = await openRendererApp({}, {
    page: { defaultTimeout: 15_000 },
    prepare: (harness) => harness.store.update((data) => ({ ...data, profile: rahmanProfile, accounts: [personalAccount], history: [AUDIT] })),
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
  it('says what the appraisal summary is for and that the PDF comes later', async () => {
    const main = await page.getByRole('main').innerText();
    expect(main).toContain('annual appraisal and revalidation');
    expect(main).toContain('reflective account for NMC revalidation');
    expect(main).toContain('coming in a later version');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('Audit of 25 November 2026');
  });

  it('gives a plain-text summary to select and copy, with what was fixed and the answers', async () => {
    const box = page.getByRole('textbox', { name: 'Summary of this audit' });
    expect(await box.getAttribute('readonly')).not.toBeNull();
    const text = await box.inputValue();
    expect(text).toContain('Name: Amina Rahman (doctor, GMC)');
    expect(text).toContain('Needs fixing now: none');
    expect(text).toContain(`Fixed since the audit (1):\n- ${SECRETS.personalLabel} on X: Title of x.protected, checked again on 26 November 2026`);
    expect(text).toContain('Questions only you can answer: 1 of 1 answered:');
    expect(text).toContain(`No. Note: ${SECRETS.answerNote}`);
    expect(text).not.toContain(SECRETS.registrationNumber);
    expect(text).not.toContain(SECRETS.reportBio);

    await page.getByRole('button', { name: 'Select all the summary' }).focus();
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
