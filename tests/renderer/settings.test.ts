/**
 * Settings: the user's details and accounts as summary lists whose Change links lead to a page
 * that checks, saves and comes back with a success banner; the browser and the reminder interval
 * (saved by keyboard, a bad interval refused); the next audit's day and a calendar file of it;
 * where the data is and whether it is encrypted; and deleting everything after a confirmation
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
import { personalAccount, professionalAccount } from '../unit/store/store-fixtures.ts';
import { parseIcs, prop, unescapeText } from '../support/ics-parse.ts';

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
const summaryLinks = (): Promise<string[]> => page.locator('.nhsuk-error-summary a').allTextContents();
const banner = () => page.locator('.nhsuk-notification-banner--success');
/** A summary list row's value and its Change link, as the user reads them. */
const row = (list: ReturnType<Page['locator']>, key: string) => list.locator('.nhsuk-summary-list__row').filter({ has: page.locator('dt', { hasText: key }) });

describe('your details and accounts', () => {
  it('lists your details and each account, every row that can change with its own Change link', async () => {
    const details = page.locator('dl').filter({ has: page.locator('dt', { hasText: 'Registered name' }) });
    expect(await row(details, 'Registered name').locator('dd').first().textContent()).toBe('Amina Rahman');
    expect(await row(details, 'Profession').locator('dd').first().textContent()).toBe('Doctor');
    expect(await row(details, 'Regulator').locator('dd').first().textContent()).toBe('GMC');
    expect(await row(details, 'Registration number').locator('dd').first().textContent()).toBe('7654321');
    // Each link reads "Change" on screen and names what it changes to a screen reader.
    expect(await page.getByRole('link', { name: /^Change/ }).evaluateAll((links) => links.map((l) => l.textContent))).toEqual([
      'Change your registered name', 'Change your profession', 'Change your regulator', 'Change your registration number',
      `Change the name of ${personalAccount.label}`, `Change what ${personalAccount.label} is used for`,
      `Change the name of ${professionalAccount.label}`, `Change what ${professionalAccount.label} is used for`,
    ]);
    // On screen, only "Change": the rest is for screen readers.
    expect(await page.getByRole('link', { name: 'Change your profession' }).evaluate((link) => {
      const seen = link.cloneNode(true) as HTMLElement;
      seen.querySelectorAll('.nhsuk-u-visually-hidden').forEach((hidden) => { hidden.remove(); });
      return seen.textContent;
    })).toBe('Change');
    const clinic = page.locator('.nhsuk-card').filter({ has: page.getByRole('heading', { name: professionalAccount.label }) });
    expect(await clinic.innerText()).toMatch(/Name\s+Clinic updates\s+Change[\s\S]*Platform\s+Mastodon \(mastodon.social\)\s+Used for\s+Professional \(public on purpose\)/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-summary');
  });

  it('changes your name and profession, says the next audit uses the new guidance, and shows them', async () => {
    await page.getByRole('link', { name: 'Change your profession' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Change your details' }).waitFor();
    expect(await page.getByLabel('Your registered name').inputValue()).toBe('Amina Rahman');
    expect(await page.getByLabel('Doctor', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Your registration number (optional)').inputValue()).toBe('7654321');
    expect(await page.locator('.nhsuk-inset-text').innerText()).toContain('A change applies from your next audit. Past audits are records');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-change-details');

    await page.getByLabel('Your registered name').fill('Amina Rahman-Price');
    await page.getByLabel('Nurse', { exact: true }).check();
    // The usual regulator follows the profession.
    expect(await page.getByLabel('Your regulator').inputValue()).toBe('NMC');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await banner().getByText('Your details are saved', { exact: true }).isVisible()).toBe(true);
    expect(await banner().innerText()).toContain(
      'Your next audit will use the guidance for your profession and regulator (NMC). '
      + 'Your next audit will look for your new name on your professional accounts. Past audits are unchanged.',
    );
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('nhsuk-notification-banner');
    const details = page.locator('dl').filter({ has: page.locator('dt', { hasText: 'Registered name' }) });
    expect(await details.innerText()).toMatch(/Registered name\s+Amina Rahman-Price[\s\S]*Profession\s+Nurse[\s\S]*Regulator\s+NMC/);
    expect(app.store.read().profile).toEqual({ registeredName: 'Amina Rahman-Price', profession: 'nurse', regulator: 'NMC', registrationNumber: '7654321' });
    // Past audits keep the details they were run with.
    expect(app.store.read().history[0]?.report.audit.accounts[0]?.account.label).toBe(personalAccount.label);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-details-saved');
  });

  it('refuses details with the name left out, saying so above and next to the field, and saves nothing', async () => {
    await page.getByRole('link', { name: 'Change your registered name' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change your details' }).waitFor();
    await page.getByLabel('Your registered name').fill('   ');
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect(await summaryLinks()).toEqual(['Enter your name as it appears on the register']);
    expect(await page.locator('#registered-name-error').textContent()).toBe('Error: Enter your name as it appears on the register');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-change-details-errors');
    expect(app.store.read().profile?.registeredName).toBe('Amina Rahman');

    await page.getByRole('link', { name: 'Back to settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await banner().count()).toBe(0);
  });

  it("changes an account's name, keeping past audits' name, and refuses one another account has", async () => {
    await page.getByRole('link', { name: `Change the name of ${personalAccount.label}` }).click();
    await page.getByRole('heading', { level: 1, name: `${personalAccount.label} – Change the name of this account` }).waitFor();
    expect(await page.locator('.nhsuk-inset-text').innerText()).toContain('Past audits keep the name the account had when they were run');
    const name = page.getByLabel('A new name for this account');
    expect(await name.inputValue()).toBe(personalAccount.label);

    await name.fill('CLINIC updates!');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const clash = `You already have an account called "${professionalAccount.label}". Names that differ only in capitals, accents or punctuation count as the same. Give this one a different name.`;
    await expect.poll(summaryLinks).toEqual([clash]);
    expect(await page.locator('#account-label-error').textContent()).toBe(`Error: ${clash}`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-account-name-clash');
    expect(app.store.read().accounts.map((a) => a.label)).toEqual([personalAccount.label, professionalAccount.label]);

    await name.fill('Friends only');
    await screenshot(page, 'settings-change-account-name');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await banner().innerText()).toContain(`You renamed ${personalAccount.label} to Friends only`);
    expect(await banner().innerText()).toContain('Your sign-in is kept. Past audits keep the name they were run with.');
    expect(await page.getByRole('heading', { name: 'Friends only' }).count()).toBe(1);
    expect(app.store.read().accounts.find((a) => a.id === personalAccount.id)).toEqual({ ...personalAccount, label: 'Friends only' });
    expect(app.store.read().history[0]?.report.audit.accounts[0]?.account.label).toBe(personalAccount.label);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-account-saved');
  });

  it('changes what an account is used for', async () => {
    await page.getByRole('link', { name: `Change what ${professionalAccount.label} is used for` }).click();
    await page.getByRole('heading', { level: 1, name: `${professionalAccount.label} – Change what this account is used for` }).waitFor();
    expect(await page.getByLabel('Professional, public on purpose').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-change-account-kind');
    await page.getByLabel('Personal', { exact: true }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await banner().innerText()).toMatch(new RegExp(`${professionalAccount.label} is now a personal account\\s+Your next audit checks it against the rules for that kind of account\\.`));
    const clinic = page.locator('.nhsuk-card').filter({ has: page.getByRole('heading', { name: professionalAccount.label }) });
    expect(await clinic.innerText()).toMatch(/Used for\s+Personal \(kept private\)/);
    expect(app.store.read().accounts.find((a) => a.id === professionalAccount.id)?.kind).toBe('personal');
  });
});

describe('the calendar reminder', () => {
  it('says when the next audit is due and saves a calendar file for that day, sending nothing', async () => {
    app.answerSaveDialog('/home/amina/Documents/chaperone-audit-reminder-2027-11-25.ics');
    // The audit of 25 November 2026, and the 12-month interval.
    expect(await page.getByText('Your next audit is due on 25 November 2027, 12 months after your last one on 25 November 2026.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Add a reminder to your calendar' }).focus();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status').filter({ hasText: 'Chaperone saved a reminder' });
    await status.waitFor();
    expect(await status.innerText()).toContain('Chaperone saved a reminder for 25 November 2027, in this file:');
    expect(await status.innerText()).toContain('/home/amina/Documents/chaperone-audit-reminder-2027-11-25.ics');
    expect(await status.innerText()).toContain('Chaperone did not send it anywhere.');

    const file = app.saved.at(-1);
    expect(file?.suggestedName).toBe('chaperone-audit-reminder-2027-11-25.ics');
    const [event] = parseIcs(file?.content ?? '').components;
    if (event === undefined) throw new Error('no event in the calendar file');
    expect(prop(event, 'DTSTART')).toMatchObject({ params: { VALUE: 'DATE' }, value: '20271125' });
    expect(unescapeText(prop(event, 'SUMMARY').value)).toBe('Chaperone: audit your social media accounts');
    expect(unescapeText(prop(event, 'DESCRIPTION').value)).toContain('Open Chaperone on your computer and select "Run an audit".');
    expect(engine.calls.filter((c) => c.method !== 'browsers.find')).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-reminder-saved');
  });

  it('follows a newly saved interval', async () => {
    await page.getByLabel('How often should Chaperone remind you to run an audit, in months?').fill('6');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Your next audit is due on 25 May 2027, 6 months after your last one on 25 November 2026.').waitFor();
    await page.getByRole('button', { name: 'Add a reminder to your calendar' }).click();
    await page.getByText('Chaperone saved a reminder for 25 May 2027', { exact: false }).waitFor();
    expect(app.saved.at(-1)?.suggestedName).toBe('chaperone-audit-reminder-2027-05-25.ics');
  });

  it('says so, and saves nothing, when the user cancels the save dialog', async () => {
    app.answerSaveDialog(null);
    try {
      const before = app.saved.length;
      await page.getByRole('button', { name: 'Add a reminder to your calendar' }).click();
      await page.getByRole('status').getByText('You did not save a reminder.').waitFor();
      expect(app.saved).toHaveLength(before);
    } finally {
      app.answerSaveDialog(join(folder.dir, 'reminder.ics'));
    }
  });
});

describe('settings', () => {
  it('shows the browsers found, the reminder, and where the data is; saves changes made with the keyboard', async () => {
    const browsers = page.getByRole('group', { name: 'Which browser should Chaperone use?' });
    expect(await browsers.getByRole('radio').count()).toBe(3);
    expect(await page.getByLabel('The first one Chaperone finds').isChecked()).toBe(true);
    expect(await page.getByText('Now Google Chrome').isVisible()).toBe(true);
    expect(await page.getByLabel('How often should Chaperone remind you to run an audit, in months?').inputValue()).toBe('12');
    const data = page.locator('.nhsuk-summary-list').filter({ hasText: 'Folder' });
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
