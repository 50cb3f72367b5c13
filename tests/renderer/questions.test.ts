/**
 * Questions: every item only the user can answer, across accounts, answered yes / no / not
 * applicable with an optional note, saved with the audit; saved answers come back filled in.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredAudit } from '../../main/shared/api-contract.ts';
import { axeViolations, screenshot } from '../support/accessibility.ts';
import { openAuditApp, openLatestResults, type AuditApp } from './audit-screen-app.ts';
import { PERSONAL, richAudit } from './audit-screen-fixtures.ts';

let ui: AuditApp;
let page: Page;
beforeAll(async () => { ui = await openAuditApp({}); page = ui.page; page.setDefaultTimeout(10_000); });
afterAll(async () => { await ui.close(); });

const questionText = (audit: StoredAudit, itemId: string): string =>
  audit.report.audit.accounts[0]?.items.find((i) => i.itemId === itemId)?.question ?? '';

describe('questions', () => {
  it('keeps each answer with the audit, fills in saved ones, and points to a missing answer', async () => {
    const audit = await richAudit();
    const all = [...audit.report.audit.accounts.flatMap((a) => a.items), ...audit.report.audit.questions].filter((i) => i.status === 'manual').length;
    const saved = { accountId: PERSONAL.id, itemId: 'common.no-patients-connected', answer: 'no' as const, note: 'Checked with my practice manager', answeredAt: '2026-11-25T10:05:00.000Z' };
    await ui.openHome((data) => ({ ...data, history: [{ ...audit, answers: [saved] }] }));
    await openLatestResults(page);
    await page.getByRole('link', { name: `Answer ${String(all - 1)} questions only you can answer` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Questions for you' }).waitFor();
    expect(await page.getByText(`You have answered 1 of ${String(all)} questions.`).count()).toBe(1);

    // Questions about all accounts come first, asked once; then each account's.
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings[0]).toBe('How you use social media, on all your accounts');
    const everywhere = page.locator('section', { has: page.getByRole('heading', { level: 2, name: headings[0] }) });
    const concerns = everywhere.locator('form', { has: page.getByRole('group', { name: /raise it through the proper channels/ }) });
    await concerns.getByRole('radio', { name: 'Yes', exact: true }).focus();
    await page.keyboard.press('Space');
    await concerns.getByRole('button', { name: /^Save answer/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => concerns.getByRole('status').textContent()).toMatch(/^Saved: Yes/);
    expect(ui.app.store.read().history[0]?.answers).toContainEqual(expect.objectContaining({ accountId: 'all-accounts', itemId: 'common.concerns-raised-properly', answer: 'yes' }));

    // The saved answer is filled in.
    const personal = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Family and friends X' }) });
    const form = (itemId: string) => personal.locator('form', { has: page.getByRole('group', { name: questionText(audit, itemId) }) });
    const patients = form('common.no-patients-connected');
    expect(await patients.getByRole('radio', { name: 'No', exact: true }).isChecked()).toBe(true);
    expect(await patients.getByRole('textbox', { name: 'Note (optional)' }).inputValue()).toBe(saved.note);
    expect(await patients.getByRole('status').textContent()).toMatch(/^Saved: No, on 25 November 2026 at \d\d:05\.$/);

    // Answer another by keyboard: choose, move to No, add a note, save.
    const target = form('x.old-post-locations-removed');
    await target.getByRole('radio', { name: 'Yes', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect(await target.getByRole('radio', { name: 'No', exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Removed the location from my older posts in October');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => target.getByRole('status').textContent()).toMatch(/^Saved: No, on 25 November 2026 at \d\d:00\.$/);
    expect(await page.getByText(`You have answered 3 of ${String(all)} questions.`).count()).toBe(1);
    const stored = ui.app.store.read().history[0]?.answers ?? [];
    expect(stored).toHaveLength(3);
    expect(stored).toContainEqual(expect.objectContaining({ accountId: PERSONAL.id, answer: 'no', note: 'Removed the location from my older posts in October' }));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'questions');

    // Saving without an answer: an error by the question and in the summary, which leads back to it.
    const unanswered = form('common.patient-contact-redirected');
    await unanswered.getByRole('button', { name: /^Save answer/ }).focus();
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).toBe(true);
    expect(await unanswered.locator('.nhsuk-error-message').textContent()).toContain('Choose yes, no or not applicable');
    expect(await axeViolations(page)).toEqual([]);
    await summary.getByRole('link', { name: 'Choose yes, no or not applicable' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('yes');
    expect(await unanswered.getByRole('radio', { name: 'Yes', exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(ui.app.store.read().history[0]?.answers).toHaveLength(3);
  });
});
