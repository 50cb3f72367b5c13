/**
 * Run an audit: what will happen, live progress per account and step (announced), cancel, the
 * results at the end, and a failure that says what to do.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../main/engine/audit/progress.ts';
import type { AuditRunRequest } from '../../main/engine/host/protocol.ts';
import type { AuditReport } from '../../main/engine/report/schema.ts';
import { axeViolations, screenshot } from '../support/accessibility.ts';
import { openAuditApp, type AuditApp } from './audit-screen-app.ts';
import { PERSONAL, richReport, WORK, xReport } from './audit-screen-fixtures.ts';

let ui: AuditApp;
let page: Page;
let request: AuditRunRequest | null = null;
let finish: (report: AuditReport) => void = () => undefined;
let fail: (error: Error) => void = () => undefined;

beforeAll(async () => {
  ui = await openAuditApp({
    'audit.run': (params) => new Promise((resolve, reject) => { request = params; finish = resolve; fail = reject; }),
    'audit.cancel': async () => { finish(await xReport([{ account: PERSONAL, session: 'signed-out' }], { cancelled: true })); return null; },
  });
  page = ui.page;
});
afterAll(async () => { await ui.close(); });

const at = '2026-11-25T14:00:00.000Z';
const spoken = (): Promise<string | null> => page.locator('main [role="status"]').textContent();
const progress = (event: ProgressEvent): void => {
  if (request === null) throw new Error('No audit is running.');
  ui.engine.progress(request.runId, event);
};

/** From Home, the user asks for an audit and starts it, by keyboard. */
async function startAudit(): Promise<void> {
  request = null;
  await ui.openHome();
  await page.getByRole('button', { name: 'Run an audit' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Run an audit' }).waitFor();
  await page.getByRole('button', { name: 'Start the audit' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Audit in progress' }).waitFor();
  await expect.poll(() => request).not.toBeNull();
}

describe('running an audit', () => {
  it('says what will happen, shows each account and step as it goes, then opens the results', async () => {
    await ui.openHome();
    await page.getByRole('button', { name: 'Run an audit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Run an audit' }).waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toContain('A browser opens each account in its own profile, out of sight.');
    expect(main).toContain('It does not change anything or post anything.');
    expect(main).toContain('about 30 seconds for each account');
    expect(await page.locator('main li').allTextContents()).toEqual(expect.arrayContaining([PERSONAL.label, WORK.label]));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'run-audit');

    await startAudit();
    expect(request?.accounts.map((a) => a.id)).toEqual([PERSONAL.id, WORK.id]);
    progress({ type: 'audit-started', accounts: 2, at });
    progress({ type: 'account-started', accountId: PERSONAL.id, label: PERSONAL.label, at });
    progress({ type: 'step-started', accountId: PERSONAL.id, step: 'Reading X settings from its pages', at });
    await expect.poll(spoken).toBe(`${PERSONAL.label}: Reading X settings from its pages…`);
    const personal = page.locator('.nhsuk-task-list__item', { hasText: PERSONAL.label });
    expect(await personal.locator('.nhsuk-tag').textContent()).toBe('Checking now');

    progress({
      type: 'account-finished', accountId: PERSONAL.id, label: PERSONAL.label, score: 72, coverage: 90, error: null, at,
      counts: { pass: 9, fail: 2, unknown: 1, manual: 9, 'not-applicable': 3 },
    });
    progress({ type: 'account-started', accountId: WORK.id, label: WORK.label, at });
    progress({ type: 'step-started', accountId: WORK.id, step: 'Starting the browser', at });
    await expect.poll(spoken).toBe(`${WORK.label}: Starting the browser…`);
    expect(await personal.locator('.nhsuk-tag').textContent()).toBe('Done');
    expect(await personal.textContent()).toContain('2 to fix, 1 could not check, 9 questions for you, 9 passed.');
    expect(await page.getByText('1 of 2 accounts checked').count()).toBe(1);
    expect(await page.getByRole('progressbar', { name: '1 of 2 accounts checked' }).getAttribute('value')).toBe('1');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'run-audit-progress');

    const stopped = 'The browser for this account could not start, or stopped unexpectedly.';
    progress({
      type: 'account-finished', accountId: WORK.id, label: WORK.label, score: null, coverage: 0, error: stopped, at,
      counts: { pass: 0, fail: 0, unknown: 11, manual: 9, 'not-applicable': 4 },
    });
    await expect.poll(spoken).toBe(`${WORK.label} could not be read fully.`);
    const work = page.locator('.nhsuk-task-list__item', { hasText: WORK.label });
    expect(await work.locator('.nhsuk-tag').textContent()).toBe('Could not read fully');
    expect(await work.textContent()).toContain(stopped);

    finish(await richReport());
    await page.getByRole('heading', { level: 1, name: 'Audit results' }).waitFor();
    expect(ui.app.store.read().history).toHaveLength(1);
  });

  it('can be cancelled with the keyboard, and the results say it was', async () => {
    await startAudit();
    await page.getByRole('button', { name: 'Cancel the audit' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Audit results' }).waitFor();
    expect(ui.engine.calls.filter((c) => c.method === 'audit.cancel')).toHaveLength(1);
    await page.getByRole('heading', { name: 'This audit was cancelled' }).waitFor();
  });

  it('says what to do when there is no browser to read with', async () => {
    await startAudit();
    fail(new Error('Chaperone needs Google Chrome, Microsoft Edge, Chromium or Brave to read your accounts, and found none of them on this computer.'));
    await page.getByRole('heading', { name: 'The audit could not run' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('found none of them on this computer');
    expect(await page.getByRole('link', { name: 'Choose a browser in Settings' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Trying again starts a new audit.
    request = null;
    await page.getByRole('button', { name: 'Try again' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Audit in progress' }).waitFor();
    await expect.poll(() => request).not.toBeNull();
    finish(await richReport());
    await page.getByRole('heading', { level: 1, name: 'Audit results' }).waitFor();
  });
});
