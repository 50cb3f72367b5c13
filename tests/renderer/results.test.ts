/**
 * Results: the overall score with what it rests on, what to fix first, one row per account; and each
 * account's own page (how it was read, what a stranger sees, its items by category with the ones
 * needing fixing first).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from '../support/accessibility.ts';
import { openAuditApp, openLatestResults, type AuditApp } from './audit-screen-app.ts';
import { loadChecklists } from '../../main/engine/checklist/load.ts';
import { CHECKLIST_DIR } from '../unit/services/handler-fixtures.ts';
import { AUDIT_ID, HOSTILE, PAGE_CHANGED, PERSONAL, PERSONAL_SETTINGS, richAudit, UNREAD, WORK, xReport } from './audit-screen-fixtures.ts';

const CAVEAT = 'A good result does not show that your use of social media meets every professional standard.';

let ui: AuditApp;
beforeAll(async () => { ui = await openAuditApp({}); });
afterAll(async () => { await ui.close(); });

/** Opens an account's own page from the results, with the keyboard, and returns its main region. */
async function openAccount(label: string) {
  const { page } = ui;
  await page.getByRole('link', { name: `View ${label}` }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: new RegExp(`${label}$`) }).waitFor();
  return page.getByRole('main');
}

async function backToResults(): Promise<void> {
  await ui.page.getByRole('link', { name: 'Back to results' }).click();
  await ui.page.getByRole('heading', { name: 'Overall score' }).waitFor();
}

describe('results', () => {
  it('shows the score with its coverage, each account, and the items needing fixing first', async () => {
    const audit = await richAudit();
    await ui.openHome((data) => ({ ...data, history: [audit] }));
    await openLatestResults(ui.page);
    const { page } = ui;

    const { overall } = audit.report.audit;
    expect(overall.score).not.toBeNull();
    const read = overall.pass + overall.fail;
    const score = page.locator('.nhsuk-card', { has: page.getByRole('heading', { name: 'Overall score' }) });
    await score.waitFor();
    // Fewer than half read (the work account is signed out): the coverage leads, the number is not shown big.
    expect(read * 2).toBeLessThan(read + overall.unknown);
    const scoreText = (await score.innerText()).replace(/\s+/g, ' ');
    expect(scoreText).toMatch(new RegExp(`^Overall score Partial audit: ${String(read)} of ${String(read + overall.unknown)} read\\. `));
    expect(scoreText).toContain(`Score from the ${String(read)} that could be read: ${String(overall.score)} out of 100. ${CAVEAT}`);
    expect(await score.locator('.app-score').count()).toBe(0);
    expect(scoreText).toMatch(/ \d+ to fix \d+ could not check \d+ questions for you \d+ passed /);

    // Fix these first: every item needing fixing, the most important first, each opening its page.
    const fixFirst = page.locator('section.app-fix-first');
    const failing = audit.report.audit.accounts.flatMap((a) => a.items).filter((i) => i.status === 'fail');
    expect(await fixFirst.getByRole('listitem').count()).toBe(failing.length);
    expect(await fixFirst.getByRole('listitem').first().innerText()).toBe('Posts are protected (only approved followers see them) – Family and friends X');
    // Grouped by priority, with the counts; good privacy practice last.
    expect(await fixFirst.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['High priority (1)', 'Good privacy practice (1)']);

    // Whose guidance, said once; the score is professional items only.
    expect((await score.innerText()).replace(/\s+/g, ' ')).toContain('Checked against GMC guidance: Using social media as a medical professional and Good medical practice.');
    expect(await score.innerText()).toContain('No professional guidance asks for them, so they are not in the score.');

    // One row per account: its counts now and a link to its own page; the label alone, as the person wrote it.
    const rows = page.locator('.app-account-rows .nhsuk-summary-list__row');
    expect(await rows.count()).toBe(audit.report.audit.accounts.length);
    const personalRow = rows.filter({ hasText: 'Family and friends X' });
    expect(await personalRow.locator('dt').innerText()).toMatch(/^Family and friends X\s+X \(Twitter\) · Personal$/);
    expect(await personalRow.locator('.nhsuk-summary-list__value').innerText()).toBe('1 to fix, 1 could not check, 6 questions for you, 5 passed; 1 of good privacy practice to fix');
    expect(await rows.filter({ hasText: 'Clinic updates X' }).getByText('Signed out').count()).toBe(1);
    expect(await page.getByText('Family and friends X on X').count()).toBe(0);

    const questions = [...audit.report.audit.accounts.flatMap((a) => a.items), ...audit.report.audit.questions].filter((i) => i.status === 'manual').length;
    expect(await page.getByRole('link', { name: `Answer ${String(questions)} questions only you can answer` }).count()).toBe(1);
    expect(await score.innerText()).toContain(`${String(questions)} questions for you`);
    expect(await page.getByRole('link', { name: 'Export this audit for your appraisal' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'results');

    const personal = await openAccount('Family and friends X');
    expect(await personal.getByText('Personal', { exact: true }).count()).toBe(1);
    const stranger = personal.locator('.app-stranger');
    expect(await stranger.textContent()).toContain('Cardiology registrar. Views my own.');
    expect(await stranger.textContent()).toContain('Leeds');
    expect(await stranger.getByRole('definition').allTextContents()).toEqual(expect.arrayContaining(['Leeds Teaching Hospitals', 'Anyone can open the list']));
    expect(await stranger.textContent()).toContain('Your name and bio are visible to anyone.');
    // Categories in order; needing fixing first within privacy; the unreadable one says why.
    const headings = await personal.getByRole('heading', { level: 2 }).allTextContents();
    // Only categories with something to fix or check are open; the account's questions are one line.
    expect(headings).toEqual(['What a stranger sees', 'Privacy', 'Good privacy practice, not in your professional guidance']);
    const asked = audit.report.audit.accounts[0]?.items.filter((i) => i.status === 'manual').length ?? 0;
    expect(await personal.getByText(`${String(asked)} questions about this account only you can answer:`).count()).toBe(1);
    const privacy = personal.locator('.app-category', { has: ui.page.getByRole('heading', { name: 'Privacy', exact: true }) }).locator('.nhsuk-task-list__item');
    const statuses = await privacy.locator('.nhsuk-tag').allTextContents();
    expect(statuses).toEqual(['Needs fixing', 'Could not check']);
    expect(await privacy.nth(1).textContent()).toContain(PAGE_CHANGED);
    // What passed or does not apply waits behind "Show …", closed.
    const done = personal.locator('details.app-done-items');
    expect(await done.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    const passedNow = audit.report.audit.accounts[0]?.items.filter((i) => i.status === 'pass').length ?? 0;
    expect(await done.locator('summary').innerText()).toMatch(new RegExp(`^Show ${String(passedNow)} passed and \\d+ not applicable$`));
    expect(await done.locator('.nhsuk-tag').allTextContents()).toContain('Passed');
    // Location on posts is good privacy practice only: shown apart, with why it is not in the score.
    const practice = personal.locator('.app-category', { has: ui.page.getByRole('heading', { name: 'Good privacy practice, not in your professional guidance' }) });
    expect(await practice.textContent()).toContain('they do not count in your score');
    expect(await practice.locator('.nhsuk-task-list__item', { hasText: 'Location is not added to your posts' }).locator('.nhsuk-tag').textContent()).toBe('Needs fixing');
    // Not applicable says why.
    expect(await personal.textContent()).toContain('Applies to professional accounts only.');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'results-account');
    await backToResults();

    const work = await openAccount('Clinic updates X');
    expect(await work.textContent()).toContain('Professional (public on purpose)');
    expect(await work.textContent()).toContain('Signed out');
    // The callout says why once; the rows do not repeat it.
    expect((await work.innerText()).split('X showed its sign-in page').length - 1).toBe(1);
    expect(await work.textContent()).toContain('Sign in again from Accounts, then run a new audit.');
    expect(await work.textContent()).toContain('Chaperone could not check what someone who is not signed in sees of this profile.');
    expect(await work.getByRole('link', { name: 'Go to Accounts to sign in again' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'results-account-signed-out');
    await backToResults();

    // The keyboard opens the first item that needs fixing.
    await fixFirst.getByRole('link').first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Posts are protected/ }).waitFor();
  });

  it('shows the score large, then what it rests on and the caveat, when at least half the checks were read', async () => {
    const report = await xReport([{ account: PERSONAL, values: PERSONAL_SETTINGS }]);
    await ui.openHome((data) => ({ ...data, history: [{ id: AUDIT_ID, report, answers: [], rechecks: [] }] }));
    await openLatestResults(ui.page);
    const { page } = ui;
    const { overall } = report.audit;
    const read = overall.pass + overall.fail;
    expect(read * 2).toBeGreaterThanOrEqual(read + overall.unknown);
    const score = page.locator('.nhsuk-card', { has: page.getByRole('heading', { name: 'Overall score' }) });
    expect(await score.locator('.app-score').innerText()).toBe(`${String(overall.score)} out of 100`);
    expect((await score.innerText()).replace(/\s+/g, ' ')).toContain(
      `${String(overall.score)} out of 100 from ${String(read)} of ${String(read + overall.unknown)} checks that could be read. ${CAVEAT}`,
    );
    expect(await score.getByText(/Partial audit/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'results-score');
  });

  it('shows a re-checked item with its status now', async () => {
    const audit = await richAudit();
    const fixed = { accountId: PERSONAL.id, itemId: 'x.posts-protected', at: '2026-11-25T11:00:00.000Z', status: 'pass' as const, observed: 'true', reason: null };
    await ui.openHome((data) => ({ ...data, history: [{ ...audit, rechecks: [fixed] }] }));
    await openLatestResults(ui.page);
    expect(await ui.page.getByText(/^You have checked 1 item again since this audit\. Score now: \d+ out of 100\./).count()).toBe(1);
    const now = Number(/Score now: (\d+)/.exec(await ui.page.locator('main').innerText())?.[1]);
    expect(now).toBeGreaterThan(audit.report.audit.overall.score ?? 100);
    expect(await ui.page.locator('.app-progress').innerText()).toBe('1 of 1 fixed');
    const personal = await openAccount('Family and friends X');
    const link = personal.locator('.nhsuk-task-list__item', { hasText: 'Posts are protected' });
    expect(await link.locator('.nhsuk-tag').textContent()).toBe('Passed');
  });

  it('ends with "Everything Chaperone can check passes" only when nothing is left to fix or could not be checked', async () => {
    const checklists = await loadChecklists(CHECKLIST_DIR);
    const x = checklists.platforms.find((p) => p.platform.id === 'x')?.items ?? [];
    const passing = Object.fromEntries(x.flatMap((i) => (i.check === null ? [] : [[i.check.setting, i.check.expect[0] ?? null]])));
    const report = await xReport([{ account: PERSONAL, values: passing }]);
    await ui.openHome((data) => ({ ...data, history: [{ id: AUDIT_ID, report, answers: [], rechecks: [] }] }));
    await openLatestResults(ui.page);
    const end = ui.page.locator('.app-fixed');
    expect(await end.getByRole('heading').innerText()).toBe('Everything Chaperone can check passes');
    expect(await end.innerText()).toContain('A good result does not show that your use of social media meets every professional standard.');
    expect(await end.getByRole('link', { name: /^Answer \d+ questions only you can answer$/ }).count()).toBe(1);
    expect(await end.getByRole('link', { name: 'export your appraisal summary' }).count()).toBe(1);
    expect(await axeViolations(ui.page)).toEqual([]);
    await screenshot(ui.page, 'results-all-passed');

    // One setting unread: no "everything passes", but a look by hand.
    const unread = await xReport([{ account: PERSONAL, values: { ...passing, protected: UNREAD } }]);
    await ui.openHome((data) => ({ ...data, history: [{ id: AUDIT_ID, report: unread, answers: [], rechecks: [] }] }));
    await openLatestResults(ui.page);
    expect(await ui.page.locator('.app-fixed').getByRole('heading').innerText()).toBe('Nothing Chaperone read needs fixing');
    expect(await ui.page.locator('.app-fixed').innerText()).toContain('1 item could not be checked');
  });

  it('says when the audit was cancelled and nothing could be read, with no score', async () => {
    const report = await xReport([{ account: PERSONAL, session: 'signed-out' }, { account: WORK, session: 'signed-out' }], { cancelled: true });
    await ui.openHome((data) => ({ ...data, history: [{ id: AUDIT_ID, report, answers: [], rechecks: [] }] }));
    await openLatestResults(ui.page);
    const { page } = ui;
    await page.getByRole('heading', { name: 'This audit was cancelled' }).waitFor();
    const automatic = report.audit.overall.unknown;
    expect(await page.getByText(`No score: none of the ${String(automatic)} automatic checks could be read. This does not mean your settings are safe.`).count()).toBe(1);
    expect(await page.locator('.app-score').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows text from the platform as text, never as HTML', async () => {
    const audit = await richAudit({ hostile: true });
    await ui.openHome((data) => ({ ...data, history: [audit] }));
    await openLatestResults(ui.page);
    const { page } = ui;
    const stranger = (await openAccount('Family and friends X')).locator('.app-stranger');
    expect(await stranger.textContent()).toContain(`Cardiology registrar ${HOSTILE}`);
    expect(await stranger.textContent()).toContain(`Leeds ${HOSTILE}`);
    expect(await stranger.textContent()).toContain(`Leeds Teaching Hospitals ${HOSTILE}`);
    expect(await page.locator('main img, main b').count()).toBe(0);
    await backToResults();
    expect(await (await openAccount('Clinic updates X')).textContent()).toContain(HOSTILE);
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
