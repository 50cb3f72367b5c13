/**
 * Settings: the browser and the reminder interval (saved by keyboard, a bad interval refused),
 * where the data is and whether it is encrypted, and deleting everything after a confirmation
 * that says exactly what goes, which returns the app to first run.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FoundBrowser } from '../../main/engine/browser/find-browsers.ts';
import { axeViolations, screenshot } from '../support/accessibility.ts';
import { openAsReturningUser, openRendererApp, type RendererApp } from '../support/renderer-app.ts';
import type { Harness } from '../unit/services/handler-fixtures.ts';

const BROWSERS: FoundBrowser[] = [
  { kind: 'chrome', name: 'Google Chrome', executablePath: '/opt/google/chrome/chrome', defaultUserDataDir: null },
  { kind: 'chromium', name: 'Chromium', executablePath: '/usr/bin/chromium', defaultUserDataDir: null },
];

let ui: RendererApp;
let folder: RendererApp['folder'];
let app: Harness;
let engine: RendererApp['engine'];
let page: Page;

beforeAll(async () => {
  ui = await openRendererApp({ 'browsers.find': () => Promise.resolve(BROWSERS) });
  ({ folder, app, engine, page } = ui);
});
afterAll(() => ui.close());
beforeEach(() => openAsReturningUser(ui, { link: 'Settings', heading: 'Settings' }));

const focusedText = (): Promise<string | null | undefined> => page.evaluate(() => document.activeElement?.textContent);

describe('settings', () => {
  it('shows the browsers found, the reminder, and where the data is; saves changes made with the keyboard', async () => {
    const browsers = page.getByRole('group', { name: 'Which browser should Chaperone use?' });
    expect(await browsers.getByRole('radio').count()).toBe(3);
    expect(await page.getByLabel('The first one Chaperone finds').isChecked()).toBe(true);
    expect(await page.getByText('Now Google Chrome').isVisible()).toBe(true);
    expect(await page.getByLabel('How often should Chaperone remind you to run an audit, in months?').inputValue()).toBe('12');
    const data = page.locator('.nhsuk-summary-list');
    expect(await data.innerText()).toContain(folder.dir);
    expect(await data.innerText()).toMatch(/Encrypted\s+Yes, with your computer's own keychain/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings');

    await page.getByLabel('The first one Chaperone finds').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // Chromium
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('6');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Your settings are saved.').waitFor();
    expect(app.store.read().settings).toEqual({ browserPath: '/usr/bin/chromium', reminderMonths: 6 });
  });

  it('refuses a reminder interval outside 1 to 24 months, saying so next to the field', async () => {
    await page.getByLabel('How often should Chaperone remind you to run an audit, in months?').fill('30');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.locator('.nhsuk-error-summary a').allTextContents()).toEqual(['Enter a whole number of months from 1 to 24']);
    expect(await page.locator('#reminder-months-error').textContent()).toBe('Error: Enter a whole number of months from 1 to 24');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-errors');
    expect(app.store.read().settings.reminderMonths).toBe(12);
  });

  it('deletes all data only after saying exactly what goes, then starts again at first run', async () => {
    const profiles = join(folder.dir, 'profiles', 'some-account');
    mkdirSync(profiles, { recursive: true });
    await page.getByRole('button', { name: 'Delete all my data' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Are you sure you want to delete all your data?' }).waitFor();
    expect(await focusedText()).toBe('Are you sure you want to delete all your data?');
    const box = page.locator('.nhsuk-card--warning');
    for (const goes of ['your accounts and their sign-ins', 'your audit history', 'your details: name, profession, regulator and registration number', 'your settings']) {
      expect(await box.innerText()).toContain(goes);
    }
    expect(await box.innerText()).toContain('You cannot undo this.');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-delete-confirm');

    await page.getByRole('button', { name: 'No, keep my data' }).click();
    await expect.poll(focusedText).toBe('Delete all my data');
    expect(app.store.read().profile).not.toBeNull();

    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Yes, delete everything' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Set up Chaperone' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Sections' }).count()).toBe(0);
    const left = app.store.read();
    expect([left.profile, left.accounts, left.history]).toEqual([null, [], []]);
    expect(existsSync(profiles)).toBe(false);
    expect(engine.calls.filter((c) => c.method === 'sign-in.close')).toHaveLength(2);
  });
});
