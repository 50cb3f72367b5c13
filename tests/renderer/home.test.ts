/**
 * Home: the next step for where the user is (add an account, install a browser, run an audit),
 * the latest audit in brief, a reminder when it is old, and notices about the stored data.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FoundBrowser } from '../../main/engine/browser/find-browsers.ts';
import type { StoreData } from '../../main/engine/store/model.ts';
import type { AppStatus } from '../../main/shared/api-contract.ts';
import { axeViolations, screenshot } from '../support/accessibility.ts';
import { openRendererApp, type RendererApp } from '../support/renderer-app.ts';
import type { Harness } from '../unit/services/handler-fixtures.ts';
import { parseIcs, prop, unescapeText } from '../support/ics-parse.ts';
import { auditWithAnswer, personalAccount, rahmanProfile, sampleReport } from '../unit/store/store-fixtures.ts';
import { richAudit } from './audit-screen-fixtures.ts';

const CHROMIUM: FoundBrowser = { kind: 'chromium', name: 'Chromium', executablePath: '/usr/bin/chromium', defaultUserDataDir: null };

let ui: RendererApp;
let app: Harness;
let page: Page;
let browsers: FoundBrowser[] = [CHROMIUM];
let status: Partial<AppStatus> = {};

beforeAll(async () => {
  ui = await openRendererApp({
    'browsers.find': () => Promise.resolve(browsers),
    'audit.run': () => Promise.resolve(sampleReport()),
  });
  ({ app, page } = ui);
  const realStatus = app.handlers['settings:status'];
  // The store's own status has no notices; a test names the ones it wants (the bridge looks handlers up at each call).
  app.handlers['settings:status'] = async () => ({ ...(await realStatus(undefined)), ...status });
});
afterAll(() => ui.close());

/** Puts the store in a state, then opens the app on Home. */
async function openHome(change: (data: StoreData) => StoreData, found: FoundBrowser[] = [CHROMIUM]): Promise<void> {
  browsers = found;
  status = {};
  await app.store.clear();
  await app.store.update((data) => change({ ...data, profile: rahmanProfile }));
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Your social media audit' }).waitFor();
}

const headingOne = (): Promise<string | null> => page.getByRole('heading', { level: 1 }).textContent();

describe('home', () => {
  it('with no accounts, says to add one and offers an example audit', async () => {
    await openHome((data) => data);
    await page.getByRole('heading', { name: 'Add your first account' }).waitFor();
    expect(await page.getByRole('link', { name: 'Add an account' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Run an audit' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'home-empty');

    await page.getByRole('link', { name: 'See an example audit' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(headingOne).not.toBe('Your social media audit');
  });

  it('with no browser, says what to install and finds one once it is there', async () => {
    await openHome((data) => ({ ...data, accounts: [personalAccount] }), []);
    const callout = page.locator('.nhsuk-card--warning');
    await callout.getByRole('heading', { name: 'Install a web browser to check your accounts' }).waitFor();
    expect(await callout.textContent()).toContain('Google Chrome, Microsoft Edge or Chromium');
    expect(await callout.textContent()).toContain('only for the accounts you add');
    expect(await page.getByRole('button', { name: 'Run an audit' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'home-no-browser');

    await page.getByRole('button', { name: 'Look for a browser again' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Chaperone looked again and still found no browser.').waitFor();
    browsers = [CHROMIUM];
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Run an audit' }).waitFor();
    expect(await callout.count()).toBe(0);
  });

  it('shows the latest audit in brief, links to its results, and runs a new one from the keyboard', async () => {
    const audit = auditWithAnswer();
    await openHome((data) => ({ ...data, accounts: [personalAccount], history: [audit] }));
    await page.getByRole('heading', { name: 'Your latest audit' }).waitFor();
    const summary = page.locator('.nhsuk-summary-list');
    expect(await summary.innerText()).toMatch(/Date\s+25 November 2026/);
    // The sample audit found one setting to fix and checked all the settings it could read.
    expect(await summary.innerText()).toMatch(/Score\s+0 out of 100\s+Chaperone checked all the settings it looks at\.\s+A good result does not show that your use of social media meets every professional standard\./);
    expect(await summary.innerText()).toMatch(/Needs fixing\s+1 setting/);
    expect(await summary.innerText()).toMatch(/Could not check\s+None/);
    expect(await page.getByText('It is time for a new audit').count()).toBe(0);
    // The task list: each step, its status now, and a link to it.
    const tasks = page.locator('.app-home-tasks .nhsuk-task-list__item');
    const rows = (await tasks.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual([
      'Your details Your name, profession and regulator Completed',
      'Your accounts Add each account and sign in once 1 signed in',
      'Audit See the results of your latest audit 25 November 2026',
      'Fixes Change the settings that need fixing, then check them again 0 of 1 fixed',
      'Questions Questions only you can answer 1 of 1 answered',
      'Appraisal summary Your reflection and a summary for your appraiser Not started',
      'Social media policy A personal or practice policy written from your answers Not started',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'home-latest');
    await tasks.getByRole('link', { name: 'Fixes' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Fix these first' }).waitFor();
    await page.getByRole('link', { name: 'Home' }).click();

    await page.getByRole('link', { name: 'See the results of your audit on 25 November 2026' }).click();
    await expect.poll(headingOne).not.toBe('Your social media audit');
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('button', { name: 'Run an audit' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(headingOne).not.toBe('Your social media audit');
  });

  it('says a partial audit is partial before its score', async () => {
    const audit = await richAudit();
    const { overall } = audit.report.audit;
    const read = overall.pass + overall.fail;
    await openHome((data) => ({ ...data, accounts: [personalAccount], history: [audit] }));
    await page.getByRole('heading', { name: 'Your latest audit' }).waitFor();
    const score = page.locator('.nhsuk-summary-list__row', { hasText: 'Score' }).locator('dd');
    expect((await score.innerText()).replace(/\s+/g, ' ').trim()).toBe(
      `Partial audit: ${String(read)} of ${String(read + overall.unknown)} read. Score from those ${String(read)}: ${String(overall.score)} out of 100. `
      + 'A good result does not show that your use of social media meets every professional standard.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'home-latest-partial');
  });

  it('reminds the user when the last audit is older than they asked, and shows notices about their data', async () => {
    const old = { ...auditWithAnswer(), report: sampleReport('2026-03-02T09:00:00.000Z') };
    await openHome((data) => ({ ...data, accounts: [personalAccount], history: [old], settings: { ...data.settings, reminderMonths: 6 } }));
    status = {
      recovered: { backupPath: '/home/amina/.config/Chaperone/chaperone.unreadable-2026-11-25.json', reason: 'The file was damaged.' },
      encryptionNotice: 'This computer has no keychain, so your data is kept as plain text.',
    };
    await page.reload();
    await page.getByRole('heading', { name: 'It is time for a new audit' }).waitFor();
    expect(await page.getByText('Your last audit was on 2 March 2026, more than 6 months ago.').isVisible()).toBe(true);
    await page.getByRole('heading', { name: 'Chaperone could not read your saved data' }).waitFor();
    expect(await page.getByText('/home/amina/.config/Chaperone/chaperone.unreadable-2026-11-25.json').isVisible()).toBe(true);
    expect(await page.getByText('The file was damaged.').isVisible()).toBe(true);
    await page.getByRole('heading', { name: 'Your saved data is not encrypted' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'home-reminder-and-notices');
  });

  it("the reminder has its own Run an audit button, and saves a calendar reminder for tomorrow when the audit is overdue", async () => {
    const old = { ...auditWithAnswer(), report: sampleReport('2026-03-02T09:00:00.000Z') };
    await openHome((data) => ({ ...data, accounts: [personalAccount], history: [old], settings: { ...data.settings, reminderMonths: 6 } }));
    const reminder = page.locator('.nhsuk-card--warning').filter({ has: page.getByRole('heading', { name: 'It is time for a new audit' }) });
    await reminder.waitFor();
    expect(await reminder.getByRole('button', { name: 'Run an audit' }).isVisible()).toBe(true);

    app.answerSaveDialog('/home/amina/Documents/chaperone-audit-reminder-2026-11-26.ics');
    await reminder.getByRole('button', { name: 'Add a reminder to your calendar' }).focus();
    await page.keyboard.press('Enter');
    // Due on 2 September; on 25 November (the app's clock) it is overdue, so the reminder is for tomorrow.
    await reminder.getByRole('status').getByText('Your audit is already due, so the reminder is for tomorrow, 26 November 2026', { exact: false }).waitFor();
    const file = app.saved.at(-1);
    expect(file?.suggestedName).toBe('chaperone-audit-reminder-2026-11-26.ics');
    const [event] = parseIcs(file?.content ?? '').components;
    if (event === undefined) throw new Error('no event in the calendar file');
    expect(prop(event, 'DTSTART').value).toBe('20261126');
    expect(await reminder.getByRole('status').innerText()).toContain('/home/amina/Documents/chaperone-audit-reminder-2026-11-26.ics');
    expect(unescapeText(prop(event, 'SUMMARY').value)).toBe('Chaperone: audit your social media accounts');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'home-reminder');

    await reminder.getByRole('button', { name: 'Run an audit' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(headingOne).not.toBe('Your social media audit');
  });

  it('offers no Run an audit in the reminder when there is no browser to run it with', async () => {
    const old = { ...auditWithAnswer(), report: sampleReport('2025-03-02T09:00:00.000Z') };
    await openHome((data) => ({ ...data, accounts: [personalAccount], history: [old] }), []);
    const reminder = page.locator('.nhsuk-card--warning').filter({ has: page.getByRole('heading', { name: 'It is time for a new audit' }) });
    await reminder.waitFor();
    expect(await reminder.getByRole('button', { name: 'Run an audit' }).count()).toBe(0);
    expect(await reminder.getByRole('button', { name: 'Add a reminder to your calendar' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'home-reminder-no-browser');
  });

  it('says when the saved data is locked and keeps offering "Try again" until it opens', async () => {
    await openHome((data) => ({ ...data, accounts: [personalAccount] }));
    status = { locked: { reason: 'Your saved data was made by a newer Chaperone (data version 3; this version reads up to 2).' } };
    await page.reload();
    const callout = page.locator('.nhsuk-card--warning');
    await callout.getByRole('heading', { name: 'Your saved data is locked' }).waitFor();
    expect(await callout.textContent()).toContain('made by a newer Chaperone (data version 3; this version reads up to 2)');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'home-locked');

    await callout.getByRole('button', { name: 'Try again' }).focus();
    await page.keyboard.press('Enter');
    await callout.getByRole('status').getByText('Chaperone tried again and your saved data is still locked.').waitFor();
    status = {};
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: 'Your saved data is locked' }).count()).toBe(0);
  });
});
