/**
 * Fix it: a failing item's steps, "Open this setting" in the account's own browser, and "Check
 * again" turning it to passed with the date it was fixed; an unreadable item says why and how to
 * check by hand.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../main/engine/report/schema.ts';
import type { SignInRequest } from '../../main/engine/host/protocol.ts';
import { axeViolations, screenshot } from '../support/accessibility.ts';
import { openAuditApp, openLatestResults, type AuditApp } from './audit-screen-app.ts';
import { PAGE_CHANGED, PERSONAL, PERSONAL_SETTINGS, richAudit, xReport } from './audit-screen-fixtures.ts';

/** Engine calls the test answers when it chooses: the settings window closing, the account read again. */
let closeWindow: () => void = () => undefined;
let finishRead: (report: AuditReport) => void = () => undefined;
let ui: AuditApp;
let page: Page;

beforeAll(async () => {
  ui = await openAuditApp({
    'sign-in.open': () => new Promise((resolve) => { closeWindow = () => { resolve({ exitCode: 0, notice: null }); }; }),
    'audit.run': () => new Promise((resolve) => { finishRead = resolve; }),
  });
  page = ui.page;
});
afterAll(async () => { await ui.close(); });

async function openItem(title: RegExp): Promise<void> {
  const audit = await richAudit();
  await ui.openHome((data) => ({ ...data, history: [audit] }));
  await openLatestResults(page);
  await page.locator('.app-account-rows').getByRole('link', { name: /^View/ }).first().click();
  const account = page.getByRole('main');
  // What passed or does not apply is behind "Show …".
  if (!(await account.getByRole('link', { name: title }).isVisible())) await account.locator('details.app-done-items > summary').click();
  await account.getByRole('link', { name: title }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

const status = (p: Page) => p.locator('.app-live[role="status"]');

describe('an item that needs fixing', () => {
  it('gives the steps, opens the setting, and "Check again" records the fix', async () => {
    await openItem(/Posts are protected/);
    expect(await page.locator('main .nhsuk-tag').first().textContent()).toBe('Needs fixing');
    const found = page.locator('dl.nhsuk-summary-list');
    expect(await found.innerText()).toMatch(/Setting read\s+Off/);
    expect(await found.innerText()).toMatch(/Passes when it is\s+On/);
    const steps = await page.locator('main ol > li').allTextContents();
    expect(steps).toEqual(['Open Audience, media and tagging (in X: More, Settings and privacy, Privacy and safety).', 'Tick "Protect your posts".', 'Choose "Protect" to confirm.']);
    // The guidance, quoted: current first, the withdrawn edition labelled, an unfound number said so.
    expect(await page.locator('main blockquote').count()).toBeGreaterThan(1);
    const captions = await page.locator('main figcaption').allInnerTexts();
    expect(captions[0]).toMatch(/^General Medical Council, Using social media as a medical professional, 2024, paragraph number not found\. Current\./);
    expect(captions.find((c) => c.includes("Doctors' use of social media"))).toMatch(/2013, paragraph number not found\. Withdrawn on 30 January 2024: background only\./);
    expect(captions.every((c) => !/Nursing and Midwifery|Pharmaceutical|Dental|Health and Care/.test(c))).toBe(true);
    // Wording read only in a copy elsewhere gets no link, and says why.
    expect(captions.find((c) => c.includes("Doctors' use of social media"))).toContain("No link: this wording is known only from a copy outside the GMC's own site.");
    // The why says Chaperone applies the guidance to this setting.
    expect(await page.locator('main').textContent()).toContain('Chaperone applies your guidance on who can see what you share, and professional boundaries here');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'item-fail');

    await page.getByRole('button', { name: 'Open this setting' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toContain('Change the setting there, then close the window.');
    const opened = ui.engine.calls.find((c) => c.method === 'sign-in.open')?.params as SignInRequest;
    expect(opened.account.id).toBe(PERSONAL.id);
    expect(opened.url).toBe('https://x.com/settings/audience_and_tagging');
    closeWindow();
    await expect.poll(() => status(page).textContent()).toContain('The browser window is closed.');

    // The user protected their posts; "Check again" reads the account once more.
    await page.getByRole('button', { name: 'Check again' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => status(page).textContent()).toBe('Checking again… this takes a few seconds.');
    finishRead(await xReport([{ account: PERSONAL, values: { ...PERSONAL_SETTINGS, protected: true } }], { at: '2026-11-25T14:00:00.000Z' }));
    await expect.poll(() => status(page).textContent()).toBe('Checked again: Passed.');
    await page.getByRole('heading', { name: 'Fixed on 25 November 2026' }).waitFor();
    // The panel leads on to what is left: here one item of good privacy practice.
    expect(await page.locator('.app-fixed').innerText()).toContain('Next item to fix: Location is not added to your posts (Family and friends X).');
    expect(await page.locator('main .nhsuk-tag').first().textContent()).toBe('Passed');
    expect(await page.getByRole('button', { name: 'Open this setting' }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check again');
    const history = page.getByRole('table', { name: 'Checked again' });
    expect(await history.getByRole('row').nth(1).innerText()).toMatch(/25 November 2026 at \d\d:\d\d\s+Passed\s+On/);
    // Each status tag stays on one line, in the table's narrow column too.
    expect(await page.locator('main .nhsuk-tag').evaluateAll((tags) => tags.map((t) => t.getClientRects().length))).toEqual(expect.arrayContaining([1]));
    expect(await page.locator('main .nhsuk-tag').evaluateAll((tags) => tags.filter((t) => t.getClientRects().length !== 1).map((t) => t.textContent))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'item-fixed');

    // Back on the results, the item has left "Fix these first" and counts as fixed.
    await page.getByRole('link', { name: 'Back to results' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Audit results' }).waitFor();
    expect(await page.locator('.app-fix-first').innerText()).not.toContain('Posts are protected');
    expect(await page.locator('.app-progress').innerText()).toBe('1 of 1 fixed');
  });
});

describe('the guidance of an item', () => {
  it('opens a link on the regulator\'s own site in the user\'s browser, not in the app', async () => {
    await openItem(/Your registered name is shown/);
    const link = page.locator('figure', { hasText: 'paragraph 9' }).getByRole('link', { name: /^Read it on the GMC's site/ });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^https:\/\/www\.gmc-uk\.org\//);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => ui.app.opened).toEqual([href]);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  });
});

describe('an item that could not be checked', () => {
  it('says why, and how to check it by hand', async () => {
    await openItem(/People who have your phone number cannot find your account/);
    expect(await page.locator('main .nhsuk-tag').first().textContent()).toBe('Could not check');
    // "Could not check" stays on one line.
    expect(await page.locator('main .nhsuk-tag').first().evaluate((t) => t.getClientRects().length)).toBe(1);
    expect(await page.locator('main').textContent()).toContain(PAGE_CHANGED);
    await page.getByRole('heading', { name: 'How to check it yourself' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('x.com/settings/contacts');
    // The page can be opened to check by hand; "Check again" tries once more.
    expect(await page.getByRole('button', { name: 'Open this setting' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Check again' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'item-unknown');
  });

  it('records "I checked this myself" as the person’s own, apart from what Chaperone read, from the keyboard', async () => {
    await openItem(/People who have your phone number cannot find your account/);
    const form = page.getByRole('form', { name: 'I checked this myself' });
    // Saving with nothing chosen says what to do, and nothing is saved.
    await form.getByRole('button', { name: 'Save what I found' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Choose what you found' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'item-checked-by-you-error');
    expect(ui.app.store.read().history[0]?.rechecks).toEqual([]);

    await form.getByRole('radio', { name: 'It is set correctly' }).focus();
    await page.keyboard.press('Space');
    await form.getByRole('textbox', { name: 'Note (optional)' }).fill('Looked on my phone: off');
    await form.getByRole('button', { name: 'Save what I found' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Saved what you found.').waitFor();
    expect(await page.locator('main .nhsuk-tag').first().textContent()).toBe('Passed');
    const found = await page.locator('main dl.nhsuk-summary-list').first().innerText();
    expect(found).toMatch(/Checked by you\s+\d+ \w+ 2026 at/);
    expect(found).toMatch(/What you found\s+set correctly/);
    expect(found).toMatch(/Your note\s+Looked on my phone: off/);
    expect(await page.locator('main').innerText()).toContain('Chaperone itself could not read this setting: this is what you recorded.');
    // It is not a fix Chaperone saw.
    expect(await page.getByRole('heading', { name: /^Fixed on/ }).count()).toBe(0);
    expect(ui.app.store.read().history[0]?.rechecks.at(-1)).toMatchObject({ status: 'pass', observed: null, byYou: { found: 'set', note: 'Looked on my phone: off' } });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'item-checked-by-you');

    // On the account's page the item says who checked it.
    await page.getByRole('link', { name: 'Back to results' }).click();
    await page.locator('.app-account-rows').getByRole('link', { name: /^View/ }).first().click();
    await page.locator('details.app-done-items > summary').click();
    const row = page.locator('.nhsuk-task-list__item', { hasText: 'People who have your phone number cannot find your account' });
    expect(await row.innerText()).toMatch(/Checked by you on \d+ \w+ 2026: set correctly/);
  });
});

describe('a question answered with a risk', () => {
  it('is something to fix, with the advice and the guidance, and "Change your answer" opens that question', async () => {
    const audit = await richAudit();
    const question = audit.report.audit.accounts[0]?.items.find((i) => i.itemId === 'common.no-patients-connected');
    if (question?.question === undefined || question.question === null) throw new Error('the fixture has no such question');
    const answered = { ...audit, answers: [{ accountId: PERSONAL.id, itemId: 'common.no-patients-connected', answer: 'yes' as const, note: '', answeredAt: '2026-11-25T10:05:00.000Z' }] };
    await ui.openHome((data) => ({ ...data, history: [answered] }));
    await openLatestResults(page);
    await page.locator('section.app-fix-first').getByRole('link', { name: question.title }).click();
    await page.getByRole('heading', { level: 1, name: question.title }).waitFor();
    expect(await page.locator('main .nhsuk-tag').first().textContent()).toBe('Needs fixing');
    expect(await page.getByRole('heading', { name: 'Your answer' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'How to fix it' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Change your answer' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(question.question.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Question \d+ of \d+/);
  });
});
