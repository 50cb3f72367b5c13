/**
 * The whole path a clinician takes, in the built renderer with the keyboard alone, over the real
 * handlers, a real engine process, real Chromium and the emulated X: first run → add an X account
 * and sign in → audit → open a failing item → change the setting on X's own page → "Check again"
 * passes → answer the questions once, one a page, and check the answers → a second audit, whose
 * questions come with the first audit's answers to confirm → history shows both audits and what
 * changed. axe on every screen.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forkEngine } from '../../main/engine/host/child-link.ts';
import { createEngineClient } from '../../main/engine/host/client.ts';
import type { EngineClient } from '../../main/engine/host/protocol.ts';
import { startEmulators, type RunningEmulators } from '../../main/demo/harness.ts';
import { createThirdPartyEmulator } from '../../main/demo/third-party.ts';
import { createXEmulator, signInToX } from '../../main/demo/x/index.ts';
import { axeViolations, screenshot } from '../support/accessibility.ts';
import { activate, tabTo } from '../support/keyboard.ts';
import { openRenderer, type RendererSession } from '../support/renderer-bridge.ts';
import { withUserAtTheWindow } from '../support/user-at-the-window.ts';
import { handlerHarness } from '../unit/services/handler-fixtures.ts';
import { tempDir } from '../unit/store/store-fixtures.ts';

const PROTECTED_ITEM = 'Posts are protected (only approved followers see them)';

const x = createXEmulator({ account: { name: 'Dr Amina Rahman', description: 'GP in Leeds.', screen_name: 'DrAminaRahman' } });
let running: RunningEmulators;
let engine: EngineClient;
let session: RendererSession;
let page: Page;
const folder = tempDir();

beforeAll(async () => {
  running = await startEmulators([x.emulator, createThirdPartyEmulator()]);
  const { link } = forkEngine(fileURLToPath(new URL('../../main/engine/host/entry.ts', import.meta.url)));
  engine = withUserAtTheWindow(createEngineClient(link), {
    signIn: (window) => signInToX(window, x.credentials),
    // What the user does on X's settings page: tick "Protect your posts", which X saves at once.
    changeSetting: async (window, url) => {
      await window.goto(url, { waitUntil: 'domcontentloaded' });
      const saved = window.waitForResponse((r) => r.url().includes('/account/settings.json') && r.request().method() === 'POST');
      await window.locator('::-p-aria([name="Protect your posts"])').click();
      await saved;
    },
  });
  let deliver: RendererSession['emit'] = () => Promise.resolve();
  let delivering = Promise.resolve();
  const app = await handlerHarness(folder.dir, engine, {
    extraBrowserArgs: [...running.browserArgs],
    onEmit: (event) => { delivering = delivering.then(() => deliver(event)).catch(() => undefined); },
    now: () => new Date(),
  });
  session = await openRenderer(app.handlers);
  deliver = (event) => session.emit(event);
  page = session.page;
}, 60_000);

afterAll(async () => {
  await session.close();
  await engine.stop();
  await running.close();
  folder.remove();
});

/** Waits for a screen, checks it with axe and keeps a picture of it. */
async function screen(title: string | RegExp, picture: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 60_000 });
  expect(await axeViolations(page), `axe on ${picture}`).toEqual([]);
  await screenshot(page, `path-${picture}`);
}

/** Runs an audit from Home and waits for its results. */
async function auditFromHome(picture: string): Promise<void> {
  await activate(page, page.getByRole('link', { name: 'Home' }));
  await screen('Your social media audit', `${picture}-home`);
  await activate(page, page.getByRole('link', { name: 'Run an audit' }).or(page.getByRole('button', { name: 'Run an audit' })).first());
  await screen(/Run an audit|Audit your accounts/, `${picture}-run`);
  await activate(page, page.getByRole('button', { name: 'Start the audit' }));
  await screen(/Audit results/, `${picture}-results`);
}

it('takes a clinician from first run to a fixed setting and a history that shows the change, by keyboard alone', async () => {
  await screen('Set up Chaperone', 'first-run');
  await tabTo(page, page.getByLabel('Your registered name'));
  await page.keyboard.type('Amina Rahman');
  await activate(page, page.getByRole('radio', { name: 'Doctor' }), 'Space');
  expect(await page.getByLabel('Your regulator').inputValue()).toBe('GMC');
  await activate(page, page.getByRole('button', { name: 'Save and continue' }));

  await screen('Your accounts', 'accounts-empty');
  await tabTo(page, page.getByLabel('Platform'));
  await page.keyboard.press('x');
  expect(await page.getByLabel('Platform').inputValue()).toBe('x');
  await tabTo(page, page.getByLabel('A name for this account'));
  await page.keyboard.type('Personal X');
  await activate(page, page.getByRole('radio', { name: /^Personal/ }), 'Space');
  await activate(page, page.getByRole('button', { name: 'Add account' }));
  await activate(page, page.getByRole('button', { name: 'Sign in to Personal X' }));
  await page.getByText(/^Signed in, checked/).waitFor({ timeout: 60_000 });
  await screen('Your accounts', 'accounts-signed-in');

  await auditFromHome('first-audit');
  // The first item of "Fix these first": the most important thing to fix.
  const fixFirst = page.locator('section.app-fix-first');
  expect(await fixFirst.getByRole('link').first().innerText()).toBe(PROTECTED_ITEM);
  await activate(page, fixFirst.getByRole('link', { name: PROTECTED_ITEM }));
  await screen(PROTECTED_ITEM, 'item-fail');
  expect(await page.locator('.nhsuk-tag').first().textContent()).toBe('Needs fixing');
  await activate(page, page.getByRole('button', { name: 'Open this setting' }));
  await page.getByText(/The browser window is closed/).waitFor({ timeout: 60_000 });
  expect(x.state.settings.protected).toBe(true);
  await activate(page, page.getByRole('button', { name: 'Check again' }));
  await page.getByRole('heading', { name: /^Fixed on / }).waitFor({ timeout: 60_000 });
  expect(await page.locator('.nhsuk-tag').first().textContent()).toBe('Passed');
  await screen(PROTECTED_ITEM, 'item-fixed');

  // The questions only the clinician can answer: once each, one a page, then Check your answers.
  await activate(page, page.getByRole('link', { name: 'Back to the results', exact: true }));
  await screen(/Audit results/, 'first-audit-results-again');
  await activate(page, page.getByRole('link', { name: /^Answer \d+ questions only you can answer$/ }));
  await page.getByRole('heading', { level: 1, name: /^Question 1 of \d+: all your accounts/ }).waitFor();
  const total = Number(/of (\d+):/.exec(await page.getByRole('heading', { level: 1 }).innerText())?.[1]);
  expect(total).toBeGreaterThan(5);
  let risksShown = 0;
  for (let n = 1; n <= total; n++) {
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Question ${String(n)} of ${String(total)}:`) }).waitFor();
    if (n === 1) await screen(/^Question 1 of/, 'question');
    // The first choice is "yes": where yes is the risk, the next page says what to do about it.
    if (await page.getByRole('alert').filter({ hasText: 'Something to do' }).count() > 0 && risksShown++ === 0) {
      await screen(/^Question \d+ of/, 'question-after-risk');
    }
    await activate(page, page.getByRole('radio').first(), 'Space');
    await activate(page, page.getByRole('button', { name: 'Save and continue' }));
  }
  await screen('Check your answers', 'check-answers');
  expect(risksShown).toBeGreaterThan(0);
  expect(await page.getByText(`You have answered ${String(total)} of ${String(total)} questions in this audit.`).count()).toBe(1);
  expect(await page.getByText('Not answered yet').count()).toBe(0);

  await auditFromHome('second-audit');
  // A second audit carries the answers over: each is offered, filled in, until confirmed.
  await activate(page, page.getByRole('link', { name: `Answer ${String(total)} questions only you can answer` }));
  await page.getByRole('heading', { level: 1, name: /^Question 1 of \d+: all your accounts/ }).waitFor();
  expect(await page.locator('#answer-carried').textContent()).toMatch(/^You said “.+” on \d{1,2} \w+ \d{4}\. Still true\?$/);
  expect(await page.getByRole('radio').first().isChecked()).toBe(true);
  await screen(/^Question 1 of/, 'question-carried');
  await activate(page, page.getByRole('button', { name: 'Save and continue' }));
  await page.getByRole('heading', { level: 1, name: new RegExp(`^Question 2 of ${String(total)}:`) }).waitFor();
  await activate(page, page.getByRole('link', { name: 'History' }));
  await screen('Your audit history', 'history');
  expect(await page.getByRole('table').first().getByRole('row').count()).toBe(3);
  const improved = page.getByRole('table', { name: /Now passes/ });
  await improved.getByText(PROTECTED_ITEM).waitFor();
  expect(await page.getByText('Nothing got worse: everything that passed at the previous audit still does.').count()).toBe(1);
}, 300_000);
