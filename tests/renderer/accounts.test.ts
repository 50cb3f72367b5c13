/**
 * Accounts: each account's state in words; adding one by keyboard (and what is missing or refused);
 * signing in while the window is open, then the session check (and the "Now select Sign in" notice
 * gone once it is done); changing an account's name or kind from its card; auditing one;
 * disconnecting after a confirmation that says what goes and what stays.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditRunRequest } from '../../main/engine/host/protocol.ts';
import type { AuditReport } from '../../main/engine/report/schema.ts';
import { axeViolations, screenshot } from '../support/accessibility.ts';
import { openAsReturningUser, openRendererApp, type RendererApp } from '../support/renderer-app.ts';
import type { Harness } from '../unit/services/handler-fixtures.ts';
import { personalAccount, professionalAccount, sampleReport } from '../unit/store/store-fixtures.ts';

/** What the engine reads of an account: the sample report, for whichever account it was asked about. */
function readOf(request: AuditRunRequest): AuditReport {
  const report = sampleReport('2026-11-25T14:00:00.000Z');
  const [result] = report.audit.accounts;
  if (result !== undefined) result.account = { ...result.account, ...request.accounts[0] };
  return report;
}

let ui: RendererApp;
let app: Harness;
let engine: RendererApp['engine'];
let page: Page;
/** Closes the sign-in window, as the user does when they have signed in. */
let closeWindow: (() => void) | null = null;
/** What the engine says of how the session is protected (null: the keychain protects it). */
let signInNotice: string | null = null;
/** Set to make the sign-in window fail to open. */
let openFails: string | null = null;

beforeAll(async () => {
  ui = await openRendererApp({
    'sign-in.open': () => (openFails === null
      ? new Promise((resolve) => { closeWindow = () => { resolve({ exitCode: 0, notice: signInNotice }); }; })
      : Promise.reject(new Error(openFails))),
    'audit.run': (request) => Promise.resolve(readOf(request)),
  });
  ({ app, engine, page } = ui);
});
afterAll(() => ui.close());
beforeEach(() => openAsReturningUser(ui, { link: 'Accounts', heading: 'Your accounts' }));

const card = (label: string) => page.locator('.nhsuk-card').filter({ has: page.getByRole('heading', { name: label, exact: true }) });
const summaryLinks = (): Promise<string[]> => page.locator('.nhsuk-error-summary a').allTextContents();

describe('accounts', () => {
  it('lists each account with its platform, what it is for and its sign-in state in words', async () => {
    const personal = card(personalAccount.label);
    expect(await personal.innerText()).toMatch(/Platform\s+X\s+Used for\s+Personal \(kept private\)\s+Change[\s\S]*?Sign-in\s+Signed in, checked 25 November 2026/);
    expect(await card(professionalAccount.label).innerText())
      .toMatch(/Platform\s+Mastodon \(mastodon.social\)\s+Used for\s+Professional \(public on purpose\)\s+Change[\s\S]*?Sign-in\s+Not checked yet/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'accounts');
  });

  it('adds an account with the keyboard', async () => {
    // The hint names every platform Chaperone reads, not only the first one it learned.
    expect(await page.locator('#platform-hint').innerText()).toContain('Chaperone reads the settings of X, Facebook, Instagram, Threads and LinkedIn accounts for you.');
    await page.getByLabel('Platform').focus();
    await page.keyboard.type('X');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Clinic X');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // into the radios: the second, "Professional, public on purpose"
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('You added Clinic X.').waitFor();
    expect(await card('Clinic X').innerText()).toMatch(/Platform\s+X\s+Used for\s+Professional \(public on purpose\)\s+Change[\s\S]*?Sign-in\s+Not checked yet/);
    expect(app.store.read().accounts.map((a) => [a.label, a.platform, a.kind, a.host])).toContainEqual(['Clinic X', 'x', 'professional', null]);
    // The form is empty again, ready for the next account.
    expect(await page.getByLabel('A name for this account').inputValue()).toBe('');
  });

  it('lists what is missing, then what Chaperone refused, next to each field', async () => {
    await page.getByRole('button', { name: 'Add account' }).click();
    expect(await summaryLinks()).toEqual(['Select the platform', 'Enter a name for this account', 'Select what you use this account for']);
    expect(await page.locator('#platform-error').textContent()).toBe('Error: Select the platform');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'accounts-add-errors');

    // Mastodon needs its server; the server must be a name, not an address.
    await page.getByLabel('Platform').selectOption('mastodon');
    await page.getByLabel('A name for this account').fill('Toots');
    await page.getByLabel('Personal', { exact: true }).check();
    await page.getByRole('button', { name: 'Add account' }).click();
    expect(await summaryLinks()).toEqual(['Enter your Mastodon server, for example mastodon.social']);
    await page.getByLabel('Your server').fill('https://mastodon.social/@amina');
    await page.getByRole('button', { name: 'Add account' }).click();
    await expect.poll(summaryLinks).toEqual(['Your server must be a server name such as mastodon.social']);
    expect(await page.locator('#account-server-error').textContent()).toBe('Error: Your server must be a server name such as mastodon.social');

    // A name already in use is refused, next to the name.
    await page.getByLabel('Your server').fill('mastodon.social');
    await page.getByLabel('A name for this account').fill(personalAccount.label);
    await page.getByRole('button', { name: 'Add account' }).click();
    await expect.poll(summaryLinks).toEqual([`You already have an account called "${personalAccount.label}". Give this one a different name.`]);
    await page.locator('.nhsuk-error-summary a').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('account-label');
    expect(await axeViolations(page)).toEqual([]);
    expect(app.store.read().accounts).toHaveLength(2);
  });

  it('says a browser window is open while the user signs in, then shows what the check found', async () => {
    await app.store.update((data) => ({
      ...data, accounts: data.accounts.map((a) => (a.id === personalAccount.id
        ? { ...a, lastSessionCheck: { at: '2026-11-20T10:00:00.000Z', state: 'signed-out' as const, detail: 'X asked you to sign in.' } }
        : a)),
    }));
    await page.reload();
    await page.getByRole('link', { name: 'Accounts' }).click();
    const personal = card(personalAccount.label);
    expect(await personal.innerText()).toMatch(/Sign-in\s+Needs you to sign in\s+X asked you to sign in\. Last checked 20 November 2026\./);

    await page.getByRole('button', { name: `Sign in to ${personalAccount.label}` }).focus();
    await page.keyboard.press('Enter');
    await personal.getByRole('status').getByText('A browser window is open. Sign in there, then close the window.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'accounts-signing-in');

    closeWindow?.();
    await personal.getByText('Signed in, checked 25 November 2026').waitFor();
    expect(await personal.getByRole('status').textContent()).toBe('');
    expect(engine.calls.map((c) => c.method).filter((m) => m !== 'browsers.find')).toEqual(['sign-in.open', 'audit.run']);
  });

  it('says to select "Sign in" after adding an account, and stops saying it once the account is signed in', async () => {
    await page.getByLabel('Platform').selectOption('x');
    await page.getByLabel('A name for this account').fill('Ward X');
    await page.getByLabel('Personal', { exact: true }).check();
    await page.getByRole('button', { name: 'Add account' }).click();
    const added = page.getByText('You added Ward X. Now select "Sign in" on it to sign in to the account.');
    await added.waitFor();

    await page.getByRole('button', { name: 'Sign in to Ward X' }).click();
    await card('Ward X').getByRole('status').getByText('A browser window is open.', { exact: false }).waitFor();
    closeWindow?.();
    await card('Ward X').getByText('Signed in, checked 25 November 2026').waitFor();
    expect(await added.count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("changes an account's name from its card, keeping the sign-in, and comes back to Accounts", async () => {
    await page.getByRole('link', { name: `Change the name of ${personalAccount.label}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `${personalAccount.label} – Change the name of this account` }).waitFor();
    expect(await page.getByRole('link', { name: 'Back to your accounts' }).isVisible()).toBe(true);
    // The section this page belongs to is Accounts, where its Change link was.
    expect(await page.getByRole('link', { name: 'Accounts', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'accounts-change-name');

    // A name another account has, in other capitals, is refused above and next to the field.
    await page.getByLabel('A new name for this account').fill(professionalAccount.label.toUpperCase());
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(summaryLinks).toEqual([
      `You already have an account called "${professionalAccount.label}". Names that differ only in capitals, accents or punctuation count as the same. Give this one a different name.`,
    ]);
    expect(await page.locator('#account-label-error').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'accounts-change-name-clash');

    await page.getByLabel('A new name for this account').fill('Close friends X');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your accounts' }).waitFor();
    const banner = page.locator('.nhsuk-notification-banner--success');
    expect(await banner.innerText()).toContain(`You renamed ${personalAccount.label} to Close friends X`);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('nhsuk-notification-banner');
    expect(await card('Close friends X').innerText()).toMatch(/Sign-in\s+Signed in, checked 25 November 2026/);
    expect(app.store.read().accounts.find((a) => a.id === personalAccount.id)?.label).toBe('Close friends X');
    expect(engine.calls.filter((c) => c.method !== 'browsers.find')).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'accounts-change-saved');
  });

  it('changes what an account is used for from its card', async () => {
    await page.getByRole('link', { name: `Change what ${personalAccount.label} is used for` }).click();
    await page.getByRole('heading', { level: 1, name: `${personalAccount.label} – Change what this account is used for` }).waitFor();
    await page.getByLabel('Professional, public on purpose').focus();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'accounts-change-kind');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Your accounts' }).waitFor();
    expect(await page.locator('.nhsuk-notification-banner--success').innerText()).toContain(`${personalAccount.label} is now a professional account, public on purpose`);
    expect(await card(personalAccount.label).innerText()).toMatch(/Used for\s+Professional \(public on purpose\)/);
    expect(app.store.read().accounts.find((a) => a.id === personalAccount.id)?.kind).toBe('professional');
  });

  it('after signing in, says when no keychain protects the session', async () => {
    signInNotice = "This computer has no keychain Chaperone can use, so your signed-in sessions are protected only by your user account's file permissions.";
    try {
      const personal = card(personalAccount.label);
      await page.getByRole('button', { name: `Sign in to ${personalAccount.label}` }).click();
      await personal.getByRole('status').getByText('A browser window is open.', { exact: false }).waitFor();
      closeWindow?.();
      await personal.getByRole('status').getByText(signInNotice).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'accounts-signed-in-no-keychain');
    } finally {
      signInNotice = null;
    }
  });

  it('says why the sign-in window could not open', async () => {
    openFails = 'No browser found. Install Google Chrome, Microsoft Edge or Chromium.';
    try {
      await page.getByRole('button', { name: `Sign in to ${professionalAccount.label}` }).click();
      const alert = card(professionalAccount.label).getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toBe(`Error: ${openFails}`);
      expect(await card(professionalAccount.label).getByRole('status').textContent()).toBe('');
      expect(await card(professionalAccount.label).innerText()).toMatch(/Sign-in\s+Not checked yet/);
    } finally {
      openFails = null;
    }
  });

  it('opens an audit of one account', async () => {
    await page.getByRole('button', { name: `Audit this account (${professionalAccount.label})` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Your accounts');
  });

  it('disconnects only after a confirmation that says the sign-in goes and past audits stay', async () => {
    const disconnect = page.getByRole('button', { name: `Disconnect ${personalAccount.label}` });
    await disconnect.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('heading', { name: `Disconnect ${personalAccount.label}?` });
    await confirm.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Disconnect ${personalAccount.label}?`);
    const box = page.locator('.nhsuk-card--warning');
    expect(await box.innerText()).toContain('deletes the browser profile Chaperone keeps for this account, and with it your sign-in');
    expect(await box.innerText()).toContain('Your past audits are kept.');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'accounts-disconnect-confirm');

    await page.getByRole('button', { name: 'No, keep it' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Disconnect ${personalAccount.label}`);
    expect(app.store.read().accounts).toHaveLength(2);

    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Yes, disconnect' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`You disconnected ${personalAccount.label}. Your past audits are kept.`).waitFor();
    expect(await card(personalAccount.label).count()).toBe(0);
    expect(app.store.read().accounts.map((a) => a.id)).toEqual([professionalAccount.id]);
    expect(app.store.read().history).toHaveLength(1);
    expect(engine.calls).toContainEqual({ method: 'sign-in.close', params: { accountId: personalAccount.id } });
  });
});
