/**
 * History: past audits newest first, the score over time, what changed since the audit before
 * (what became unsafe first), and deleting an audit after saying yes to a question.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateAccount } from '../../main/engine/audit/evaluate.ts';
import { scoreItems } from '../../main/shared/score.ts';
import { toReport } from '../../main/engine/report/json.ts';
import type { SettingValue } from '../../main/engine/types.ts';
import type { Recheck, StoredAudit } from '../../main/shared/api-contract.ts';
import { checkItem, drRahman, observed, questionItem, signedInRead, testAuditGuidance } from '../fixtures/checklist-fixtures.ts';
import { axeViolations, screenshot } from '../support/accessibility.ts';
import { openRendererApp, type RendererApp } from '../support/renderer-app.ts';
import type { Harness } from '../unit/services/handler-fixtures.ts';
import { personalAccount, rahmanProfile } from '../unit/store/store-fixtures.ts';

const ACCOUNT = { id: personalAccount.id, platform: personalAccount.platform, label: personalAccount.label, kind: personalAccount.kind };
const ITEMS = {
  protected: checkItem('x.protected', 'protected', [true]),
  discoverable: checkItem('x.discoverable', 'discoverable_by_email', [false]),
  geo: checkItem('x.geo', 'geo_enabled', [false]),
  patients: questionItem('common.patients'),
};

/** An audit of the personal X account, evaluated by the engine from the settings it "read" (none: signed out). */
function audit(
  id: string, startedAt: string, settings: Partial<Record<keyof typeof ITEMS, SettingValue>> | 'signed-out', rechecks: Recheck[] = [],
  /** Items the audit tried to read and could not. */
  unread: (keyof typeof ITEMS)[] = [],
): StoredAudit {
  const read = settings === 'signed-out'
    ? { ...signedInRead([]), session: 'signed-out' as const, sessionDetail: 'Signed out.' }
    : signedInRead(Object.entries(settings).map(([key, value]) => ({ ...observed(ITEMS[key as keyof typeof ITEMS].check?.setting ?? '', value), readAt: startedAt })));
  const present = settings === 'signed-out' ? ['protected', 'discoverable'] : [...Object.keys(settings), ...unread];
  const items = evaluateAccount([...present.map((k) => ITEMS[k as keyof typeof ITEMS]), ITEMS.patients], ACCOUNT, 'X', read);
  const score = scoreItems(items);
  const result = {
    account: ACCOUNT, platformName: 'X', session: read.session, sessionDetail: read.sessionDetail, startedAt, finishedAt: startedAt,
    items, score, identity: null, stranger: null, requestsBlocked: { offHost: 0, hosts: [], resources: 0 }, error: null,
  };
  const report = toReport({ startedAt, finishedAt: startedAt, appVersion: '0.1.0', checklistVersion: 'test@1', guidance: testAuditGuidance, questions: [], cancelled: false, accounts: [result], overall: score }, drRahman, new Date(startedAt));
  return { id, report, answers: [], rechecks };
}

/** Ids as the app gives them out (the API refuses any other). */
const IDS = {
  december: '5b0e1c2d-0004-4a00-8000-000000000004',
  may: '5b0e1c2d-0001-4a00-8000-000000000001', august: '5b0e1c2d-0002-4a00-8000-000000000002', november: '5b0e1c2d-0003-4a00-8000-000000000003',
};

/** Signed out in May (no score); protected but findable by email in August; then in November protection was lost (a regression), email search was turned off and checked again (an improvement), and location was checked for the first time. */
const MAY = audit(IDS.may, '2026-05-01T12:00:00.000Z', 'signed-out');
const AUGUST = audit(IDS.august, '2026-08-10T12:00:00.000Z', { protected: true, discoverable: true });
const NOVEMBER = audit(IDS.november, '2026-11-25T12:00:00.000Z', { protected: false, discoverable: true, geo: false }, [
  { accountId: ACCOUNT.id, itemId: 'x.discoverable', at: '2026-11-26T09:00:00.000Z', status: 'pass', observed: 'false', reason: null },
]);
/** One setting of three read: a partial audit. */
const DECEMBER = audit(IDS.december, '2026-12-01T12:00:00.000Z', { protected: true }, [], ['discoverable', 'geo']);

let ui: RendererApp;
let app: Harness;
let page: Page;

beforeAll(async () => {
  // Fail at the step that went wrong, well inside the test's own time limit.
  ui = await openRendererApp({}, { page: { defaultTimeout: 15_000 } });
  ({ app, page } = ui);
});
afterAll(() => ui.close());

/** Stores these audits (oldest first, as the store keeps them), then goes to History as the user would. */
async function openHistory(history: StoredAudit[]): Promise<void> {
  await app.store.clear();
  await app.store.update((data) => ({ ...data, profile: rahmanProfile, accounts: [personalAccount], history }));
  await page.reload();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'History' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your audit history' }).waitFor();
}

const rows = (): Promise<string[]> => page.locator('table').first().locator('tbody tr th').allInnerTexts();
const focusedText = (): Promise<string | null> => page.evaluate(() => document.activeElement?.textContent ?? null);

describe('history', () => {
  it('with no audits, offers to run one or see the example', async () => {
    await openHistory([]);
    expect(await page.getByText('You have not run an audit yet.', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Run your first audit' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'See an example audit' }).isVisible()).toBe(true);
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('img').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'history-empty');
  });

  it('with one audit, lists it and says there is nothing to compare yet', async () => {
    await openHistory([AUGUST]);
    expect(await rows()).toEqual([expect.stringContaining('10 August 2026')]);
    const row = page.locator('tbody tr').first();
    expect(await row.innerText()).toMatch(/50%\s+100%\s+1\s+0/);
    expect(await page.getByText('A chart of your score over time appears here after your second audit.').isVisible()).toBe(true);
    await page.getByText('This is the first audit in your history, so there is nothing to compare it with yet.', { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: 'View results of the audit of 10 August 2026' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'history-first');
  });

  it('with three audits, charts the score with gaps, lists newest first and shows what became unsafe first', async () => {
    await openHistory([MAY, AUGUST, NOVEMBER]);
    expect(await rows()).toEqual([
      expect.stringContaining('25 November 2026'), expect.stringContaining('10 August 2026'), expect.stringContaining('1 May 2026'),
    ]);
    expect(await page.locator('tbody tr').nth(2).innerText()).toContain('No score');

    const chart = page.getByRole('img', { name: /^Score over 3 audits/ });
    expect(await chart.getAttribute('aria-label')).toBe(
      'Score over 3 audits: from 50% on 10 August 2026 to 33% on 25 November 2026, down 17 points. 1 audit has no score because nothing could be checked.',
    );
    expect(await chart.evaluate((svg) => svg.tagName.toLowerCase())).toBe('svg');

    await page.getByRole('heading', { name: 'What changed in the audit of 25 November 2026' }).waitFor();
    await page.getByText('Compared with the audit of 10 August 2026', { exact: false }).waitFor();
    const headings = await page.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(headings).toEqual(['Got worse (1)', 'Now passes this check (1)', 'New since the previous audit (1)']);
    const regressions = page.getByRole('table', { name: 'Got worse' });
    expect(await regressions.locator('tbody').innerText()).toMatch(/^Family and friends X\s+Title of x\.protected\s+Passed\s+Needs fixing/);
    const improvements = page.getByRole('table', { name: 'Now passes this check' });
    expect(await improvements.locator('tbody').innerText()).toMatch(/Title of x\.discoverable\s+Needs fixing\s+Passed/);
    expect(await page.getByRole('table', { name: 'New since the previous audit' }).locator('tbody').innerText()).toMatch(/Title of x\.geo\s+Not checked\s+Passed/);
    expect(await page.getByText('1 item has the same result as at the previous audit.').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'history');

    // Another audit's changes, from the keyboard: the focus lands on them.
    await page.getByRole('button', { name: 'What changed in the audit of 10 August 2026' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedText).toBe('What changed in the audit of 10 August 2026');
    await page.getByText('Compared with the audit of 1 May 2026', { exact: false }).waitFor();
    expect(await page.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['Now passes this check (1)', 'Other changes (1)']);
    expect(await page.getByText('Nothing got worse: everything that passed at the previous audit still does.').count()).toBe(1);
    expect(await page.locator('.nhsuk-card--warning').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says a partial audit is partial before its score, and shows the caveat with the scores', async () => {
    await openHistory([AUGUST, DECEMBER]);
    const newest = page.locator('tbody tr').first();
    expect(await newest.locator('td').first().innerText()).toMatch(/^Partial audit: 1 of 3 read\s+100%$/);
    expect(await page.locator('tbody tr').nth(1).locator('td').first().innerText()).toBe('50%');
    expect(await page.getByText('A good result does not show that your use of social media meets every professional standard.').count()).toBe(1);
    // The chart says it too: a hollow point labelled partial, in its words and its accessible name.
    const chart = page.getByRole('img', { name: /1 audit was partial: fewer than half the checks could be read\./ });
    expect(await chart.locator('text', { hasText: '100% partial' }).count()).toBe(1);
    expect(await chart.locator('text', { hasText: 'partial' }).count()).toBe(1);
    expect(await page.getByText(/A hollow point marked partial/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'history-partial');
  });

  it('deletes an audit only after the user says yes, all from the keyboard', async () => {
    await openHistory([MAY, AUGUST, NOVEMBER]);
    await page.getByRole('heading', { name: 'What changed in the audit of 25 November 2026' }).waitFor();

    await page.getByRole('button', { name: 'Delete the audit of 10 August 2026' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedText).toBe('Delete the audit of 10 August 2026?');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('No, keep it');
    await page.keyboard.press('Enter');
    await expect.poll(focusedText).toBe('Delete the audit of 10 August 2026');
    expect(app.store.read().history.map((a) => a.id)).toEqual([IDS.may, IDS.august, IDS.november]);

    await page.keyboard.press('Enter');
    await expect.poll(focusedText).toBe('Delete the audit of 10 August 2026?');
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Yes, delete this audit');
    await page.keyboard.press('Enter');
    await expect.poll(focusedText).toBe('The audit of 10 August 2026 has been deleted.');
    expect(app.store.read().history.map((a) => a.id)).toEqual([IDS.may, IDS.november]);
    expect(await rows()).toEqual([expect.stringContaining('25 November 2026'), expect.stringContaining('1 May 2026')]);
    // The newest audit is now compared with the one before it that is left.
    await page.getByText('Compared with the audit of 1 May 2026', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
