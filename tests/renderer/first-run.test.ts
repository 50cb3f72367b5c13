/**
 * First run: what Chaperone does and never does, then the user's details, entered by keyboard and
 * saved to the real store; missing and rejected details shown in the error summary and by the field.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from '../support/accessibility.ts';
import { openRendererApp, type RendererApp } from '../support/renderer-app.ts';
import type { AppStatus } from '../../main/shared/api-contract.ts';
import type { Harness } from '../unit/services/handler-fixtures.ts';

let ui: RendererApp;
let app: Harness;
let page: Page;

beforeAll(async () => {
  ui = await openRendererApp();
  ({ app, page } = ui);
});
afterAll(() => ui.close());
beforeEach(async () => {
  await app.store.clear();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Set up Chaperone' }).waitFor();
});

const focusedId = (): Promise<string> => page.evaluate(() => document.activeElement?.id ?? '');
const summaryLinks = (): Promise<string[]> => page.locator('.nhsuk-error-summary a').allTextContents();

describe('first run', () => {
  it('says what Chaperone does and never does, and saves the details typed with the keyboard', async () => {
    await page.getByRole('heading', { name: 'What Chaperone never does' }).waitFor();
    expect(await page.getByText('never sends your details or your results anywhere').isVisible()).toBe(true);
    expect(await page.getByText('never changes your settings or posts anything').isVisible()).toBe(true);
    expect(await page.getByText('works only on this computer', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Sections' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'first-run');

    await page.getByLabel('Your registered name').focus();
    await page.keyboard.type('Amina Rahman');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('profession');
    await page.keyboard.press('Space');
    // The usual regulator for a doctor is filled in; the user can still change it.
    expect(await page.getByLabel('Your regulator').inputValue()).toBe('GMC');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('regulator');
    await page.keyboard.press('Tab');
    await page.keyboard.type('7654321');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Your accounts' }).waitFor();
    // Next: the first account, from an empty list.
    await page.getByText('You have not added any accounts yet.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'accounts-empty');
    expect(app.store.read().profile).toEqual({
      registeredName: 'Amina Rahman', profession: 'doctor', regulator: 'GMC', registrationNumber: '7654321',
    });
  });

  it('keeps a regulator the user typed when they pick a profession afterwards', async () => {
    await page.getByLabel('Your regulator').fill('PSNI');
    await page.getByLabel('Pharmacist').check();
    expect(await page.getByLabel('Your regulator').inputValue()).toBe('PSNI');
  });

  it('lists what is missing, linked to each field, and saves nothing', async () => {
    await page.getByRole('button', { name: 'Save and continue' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await summaryLinks()).toEqual([
      'Enter your name as it appears on the register', 'Select your profession', 'Enter your regulator, for example GMC or NMC',
    ]);
    // The summary takes focus; its links take the user to each field.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).toBe(true);
    expect(await page.locator('#profession-error').textContent()).toBe('Error: Select your profession');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId()).toBe('profession');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'first-run-errors');
    expect(app.store.read().profile).toBeNull();
  });

  it('shows what Chaperone refused, next to the field it names', async () => {
    await page.getByLabel('Your registered name').fill('12345');
    await page.getByLabel('Nurse', { exact: true }).check();
    await page.getByLabel('Your registration number (optional)').fill('NMC#99');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('alert').waitFor();
    expect(await summaryLinks()).toEqual([
      'Your registered name must contain letters',
      'Your registration number may hold only letters, digits, spaces and dashes',
    ]);
    expect(await page.locator('#registered-name-error').textContent()).toBe('Error: Your registered name must contain letters');
    expect(await page.locator('#registration-number-error').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'first-run-rejected');
    expect(app.store.read().profile).toBeNull();
  });

  it('says first when the saved data is locked, and goes on to Home once "Try again" opens it', async () => {
    const realStatus = app.handlers['settings:status'];
    let locked: AppStatus['locked'] = {
      reason: 'Your saved audits are locked because your keychain is not available; they are safe. Unlock your keychain, then try again.',
    };
    // The bridge looks handlers up at each call; the real store is not locked, so the status says it is.
    app.handlers['settings:status'] = async () => ({ ...(await realStatus(undefined)), locked });
    try {
      await page.reload();
      const callout = page.locator('.nhsuk-card--warning');
      await callout.getByRole('heading', { name: 'Your saved data is locked' }).waitFor();
      expect(await callout.textContent()).toContain('Your saved audits are locked because your keychain is not available; they are safe.');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'first-run-locked');

      await callout.getByRole('button', { name: 'Try again' }).focus();
      await page.keyboard.press('Enter');
      await callout.getByRole('status').getByText('Chaperone tried again and your saved data is still locked.').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Set up Chaperone');
      locked = null;
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Your social media audit' }).waitFor();
    } finally {
      app.handlers['settings:status'] = realStatus;
    }
  });
});
