/**
 * When a platform turned the hidden browser away as automated, the results offer to read that
 * account again with the window showing, and the run-audit screen says plainly what the platform
 * sees of Chaperone's reading.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRunRequest } from '../../main/engine/host/protocol.ts';
import type { AuditReport } from '../../main/engine/report/schema.ts';
import { axeViolations, screenshot } from '../support/accessibility.ts';
import { openAuditApp, openLatestResults, type AuditApp } from './audit-screen-app.ts';
import { AUDIT_ID, PERSONAL, WORK, xReport } from './audit-screen-fixtures.ts';

let ui: AuditApp;
let request: AuditRunRequest | null = null;
let report: AuditReport;

beforeAll(async () => {
  report = await xReport([{ account: PERSONAL, session: 'automation-blocked' }, { account: WORK, session: 'signed-out' }]);
  ui = await openAuditApp({
    'audit.run': (params) => { request = params; return new Promise(() => undefined); },
  });
});
afterAll(async () => { await ui.close(); });

/** The account's own page, opened from its row on the results. */
async function openAccount(label: string) {
  await ui.page.getByRole('link', { name: `View ${label}` }).click();
  await ui.page.getByRole('heading', { level: 1, name: new RegExp(`${label}$`) }).waitFor();
  return ui.page.getByRole('main');
}
const offer = 'Read with the window showing';

describe('reading with the window showing', () => {
  it('is offered for the account the platform turned away as automated, and only for it', async () => {
    await ui.openHome((data) => ({ ...data, history: [{ id: AUDIT_ID, report, answers: [], rechecks: [] }] }));
    await openLatestResults(ui.page);
    // The account's row says so; its page offers to read it with the window showing.
    expect(await ui.page.locator('.app-account-rows .nhsuk-summary-list__row', { hasText: PERSONAL.label }).innerText()).toContain('Turned away as automated');
    expect(await (await openAccount(WORK.label)).getByRole('link', { name: offer }).count()).toBe(0);
    await ui.page.getByRole('link', { name: 'Back to results' }).click();
    const blocked = await openAccount(PERSONAL.label);
    expect(await blocked.innerText()).toContain('Turned away as automated');
    expect(await blocked.getByRole('link', { name: offer }).count()).toBe(1);
    await screenshot(ui.page, 'results-automation-blocked');
  });

  it('reads that account again in a visible window, after saying what will happen', async () => {
    request = null;
    await ui.page.getByRole('main').getByRole('link', { name: offer }).click();
    const { page } = ui;
    await page.getByRole('heading', { level: 1, name: offer }).waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toContain('Its title starts “Chaperone — reading” and names the platform.');
    expect(main).not.toContain('out of sight');
    expect(await page.locator('main li').allTextContents()).toContain(PERSONAL.label);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'results-read-with-window-showing');
    await page.getByRole('button', { name: offer }).click();
    await expect.poll(() => request).not.toBeNull();
    const sent = request as AuditRunRequest | null;
    expect(sent?.accounts.map((a) => a.id)).toEqual([PERSONAL.id]);
    expect(sent?.showBrowser).toBe(true);
  });

  it('says plainly, before an audit, what the platform sees: own settings pages, a person\'s pace, the installed browser', async () => {
    await ui.openHome();
    await ui.page.getByRole('button', { name: 'Run an audit' }).click();
    await ui.page.getByRole('heading', { level: 1, name: 'Run an audit' }).waitFor();
    const seen = ui.page.locator('main p', { has: ui.page.getByText(/reads only your own settings pages/) });
    expect((await seen.innerText()).replace(/\s+/g, ' ')).toBe(
      'Chaperone reads only your own settings pages, and your public profile as a stranger would see it. On each platform it ' +
      'opens one page at a time, at the pace a person would, in a browser that presents itself as your own installed browser: its name and ' +
      'version, your language and a normal window size.',
    );
    expect(await ui.page.getByRole('heading', { level: 2, name: 'What the platform sees' }).count()).toBe(1);
  });
});
