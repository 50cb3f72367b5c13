/**
 * Times two things a clinician waits for on screen (issue 14). Prints figures; asserts nothing.
 *
 * 1. "Check again" through the real engine: the emulated X, a forked engine process, the app's own
 *    handlers over a real store, and a real Chromium reading the account. After one audit, the
 *    "Posts are protected" setting is changed on X and the `audit:recheck` handler is timed from the
 *    call to the stored audit it returns (what the item screen awaits before it redraws), whose
 *    latest re-check of the item must show the change. Each run is a fix (fail → pass), then the
 *    setting put back and read again (pass → fail), both timed, so every read sees a change. Then
 *    the same in the built renderer: from the click on "Check again" to the item's status tag drawn.
 *    Target: under 1.5 s on the build machine.
 * 2. The results page with the example audit: in the built renderer, from the click on "See an
 *    example audit" to the "Overall score" and "Fix these first" sections drawn (measured in the page:
 *    performance.now() at the click, then a MutationObserver and the next animation frame once both
 *    are there), first in a freshly loaded window (the example's chunk is fetched) and again in the
 *    same window; and the page's height at 1,100 px wide. Target: under 4,000 px.
 *
 *   npm run bench:screens [-- --runs 5]     (builds the renderer first)
 */
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { startEmulators, type RunningEmulators } from '../main/demo/harness.ts';
import { createThirdPartyEmulator } from '../main/demo/third-party.ts';
import { createXEmulator, signInToX } from '../main/demo/x/index.ts';
import { forkEngine } from '../main/engine/host/child-link.ts';
import { createEngineClient } from '../main/engine/host/client.ts';
import type { Account, AuditEvent, StoredAudit } from '../main/shared/api-contract.ts';
import { openRenderer, type RendererSession } from '../tests/support/renderer-bridge.ts';
import { openRendererApp } from '../tests/support/renderer-app.ts';
import { withUserAtTheWindow } from '../tests/support/user-at-the-window.ts';
import { handlerHarness } from '../tests/unit/services/handler-fixtures.ts';
import { rahmanProfile, tempDir } from '../tests/unit/store/store-fixtures.ts';

const CHECK_AGAIN_TARGET_MS = 1500;
const HEIGHT_TARGET_PX = 4000;
const WIDTH_PX = 1100;
/** The whole bench gives up after this long, cleans up and says so. */
const OVERALL_LIMIT_MS = 10 * 60_000;
const PROTECTED_TITLE = 'Posts are protected (only approved followers see them)';
const RENDERER_INDEX = fileURLToPath(new URL('../out/renderer/index.html', import.meta.url));

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`--runs must be a whole number of 1 or more, not "${values.runs}".\n`);
  process.exit(2);
}

// ---- Clean-up: whatever was started is stopped, in reverse order, even when a step fails. ----
const cleanups: { what: string; run: () => Promise<unknown> }[] = [];
const onExit = (what: string, run: () => Promise<unknown>): void => { cleanups.push({ what, run }); };
async function cleanUp(): Promise<void> {
  for (const { what, run } of cleanups.splice(0).reverse()) {
    try {
      await Promise.race([run(), new Promise((_, reject) => setTimeout(() => { reject(new Error('took over 20 s')); }, 20_000).unref())]);
    } catch (error) {
      process.stderr.write(`bench-screens: could not ${what}: ${message(error)}\n`);
    }
  }
}
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

// ---- Figures ----
function stats(label: string, times: number[], target?: number): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted.length % 2 === 1
    ? (sorted[(sorted.length - 1) / 2] ?? 0)
    : ((sorted[sorted.length / 2 - 1] ?? 0) + (sorted[sorted.length / 2] ?? 0)) / 2;
  const ms = (t: number): string => `${t.toFixed(0)} ms`;
  const against = target === undefined ? '' : ` (target < ${ms(target)}${median < target ? '' : ', median over target'})`;
  return `${label}: min ${ms(sorted[0] ?? 0)}, median ${ms(median)}, max ${ms(sorted.at(-1) ?? 0)} over ${String(times.length)} runs${against}`;
}
const say = (line: string): void => { process.stdout.write(`${line}\n`); };

// ---- 1. "Check again" through the real engine ----
async function benchCheckAgain(): Promise<void> {
  say('\n"Check again" through the real engine (emulated X, forked engine, real Chromium)');
  const x = createXEmulator({ account: { name: 'Dr Amina Rahman', description: 'GP in Leeds.', screen_name: 'DrAminaRahman' } });
  const running: RunningEmulators = await startEmulators([x.emulator, createThirdPartyEmulator()]);
  onExit('close the emulators', () => running.close());
  const folder = tempDir();
  onExit('remove the temporary data folder', async () => { await settled(); folder.remove(); });
  const { link } = forkEngine(fileURLToPath(new URL('../main/engine/host/entry.ts', import.meta.url)));
  const engine = withUserAtTheWindow(createEngineClient(link), {
    signIn: (window) => signInToX(window, x.credentials),
    changeSetting: () => Promise.reject(new Error('The bench changes settings on the emulator directly.')),
  });
  onExit('stop the engine', () => engine.stop());

  let deliver: RendererSession['emit'] = () => Promise.resolve();
  let delivering = Promise.resolve();
  const finished = new Map<string, (event: AuditEvent) => void>();
  const app = await handlerHarness(folder.dir, engine, {
    extraBrowserArgs: [...running.browserArgs],
    onEmit: (event) => {
      if (event.type !== 'progress') finished.get(event.runId)?.(event);
      delivering = delivering.then(() => deliver(event)).catch(() => undefined);
    },
    now: () => new Date(),
  });
  onExit('finish delivering events', () => delivering);

  await app.call('profile:save', rahmanProfile);
  const account = await app.call('accounts:add', { platform: 'x', label: 'Personal X', kind: 'personal' }) as Account;
  const signedIn = await app.call('accounts:signIn', { accountId: account.id }) as { account: Account };
  if (signedIn.account.lastSessionCheck?.state !== 'signed-in') {
    throw new Error(`Signing in to the emulated X did not work: ${signedIn.account.lastSessionCheck?.detail ?? 'no session check'}`);
  }

  const { runId } = await app.call('audit:start', {}) as { runId: string };
  const event = await new Promise<AuditEvent>((resolve) => { finished.set(runId, resolve); });
  if (event.type !== 'finished') throw new Error(`The first audit did not finish: ${event.type === 'failed' ? event.message : event.type}`);
  const auditId = event.auditId;
  const audit = await app.call('history:get', { auditId }) as StoredAudit;
  const item = audit.report.audit.accounts[0]?.items.find((i) => i.title === PROTECTED_TITLE);
  if (item === undefined) throw new Error(`The audit has no item "${PROTECTED_TITLE}".`);
  if (item.status !== 'fail') throw new Error(`"${PROTECTED_TITLE}" should fail at first (X's default), but is ${item.status}.`);
  const target = { auditId, accountId: account.id, itemId: item.itemId };

  /** Changes the setting on X, then times "Check again" until the stored audit shows the new status. */
  const recheck = async (protect: boolean): Promise<number> => {
    x.set({ protected: protect });
    const expected = protect ? 'pass' : 'fail';
    const started = performance.now();
    const updated = await app.call('audit:recheck', target) as StoredAudit;
    const elapsed = performance.now() - started;
    const latest = updated.rechecks.filter((r) => r.accountId === target.accountId && r.itemId === target.itemId).at(-1);
    if (latest?.status !== expected) throw new Error(`"Check again" read ${latest?.status ?? 'nothing'}, not ${expected}, after the setting was changed on X.`);
    return elapsed;
  };

  const fixes: number[] = [];
  const undos: number[] = [];
  for (let n = 1; n <= runs; n++) {
    const fix = await recheck(true);
    fixes.push(fix);
    const undo = await recheck(false);
    undos.push(undo);
    say(`  run ${String(n)}: fixed → pass ${fix.toFixed(0)} ms; put back → fail ${undo.toFixed(0)} ms`);
  }
  say(stats('audit:recheck to the stored audit, fail → pass', fixes, CHECK_AGAIN_TARGET_MS));
  say(stats('audit:recheck to the stored audit, pass → fail', undos, CHECK_AGAIN_TARGET_MS));

  // The same in the window: from the click on "Check again" to the status tag drawn.
  if (!existsSync(RENDERER_INDEX)) {
    say('  (no built renderer in out/: run `npm run build` to time the item screen too)');
    return;
  }
  const session = await openRenderer(app.handlers, { width: WIDTH_PX });
  onExit('close the renderer\'s browser', () => session.close());
  deliver = (e) => session.emit(e);
  const { page } = session;
  page.setDefaultTimeout(30_000);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'History' }).click();
  await page.getByRole('table').first().getByRole('link').first().click();
  await page.locator('section.app-fix-first').getByRole('link', { name: PROTECTED_TITLE }).click();
  await page.getByRole('heading', { level: 1, name: PROTECTED_TITLE }).waitFor();
  const onScreen: number[] = [];
  for (let n = 1; n <= runs; n++) {
    for (const protect of [true, false]) {
      x.set({ protected: protect });
      const elapsed = await timeInPage(page, () => page.getByRole('button', { name: 'Check again' }).click(),
        { selector: '.nhsuk-tag', texts: [protect ? 'Passed' : 'Needs fixing'], first: true });
      if (protect) onScreen.push(elapsed);
    }
    say(`  run ${String(n)}: click → "Passed" drawn ${(onScreen.at(-1) ?? 0).toFixed(0)} ms`);
  }
  say(stats('Click on "Check again" to the item screen showing "Passed"', onScreen, CHECK_AGAIN_TARGET_MS));
}

/** What "drawn" means, as data the page can test: each text is the text of an element matching the selector (only the first, if first). */
interface Drawn { selector: string; texts: string[]; first?: boolean }

/**
 * Clicks (from Node), and measures in the page from the click event to the first animation frame
 * after the screen shows `drawn`, so Node's and Playwright's round trips are not counted.
 */
async function timeInPage(page: Page, click: () => Promise<void>, drawn: Drawn): Promise<number> {
  await page.evaluate(({ selector, texts, first }) => {
    const isDrawn = (): boolean => {
      const found = [...document.querySelectorAll(selector)].slice(0, first === true ? 1 : undefined).map((e) => e.textContent);
      return texts.every((text) => found.includes(text));
    };
    const w = window as unknown as { __benchDone: Promise<number> };
    w.__benchDone = new Promise<number>((resolve, reject) => {
      let clickedAt: number | null = null;
      const observer = new MutationObserver(() => { check(); });
      const timer = setTimeout(() => { observer.disconnect(); reject(new Error('the screen did not change within 60 s')); }, 60_000);
      function check(): void {
        if (clickedAt === null || !isDrawn()) return;
        observer.disconnect();
        clearTimeout(timer);
        const from = clickedAt;
        requestAnimationFrame(() => { resolve(performance.now() - from); });
      }
      document.addEventListener('click', () => {
        clickedAt = performance.now();
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        check();
      }, { capture: true, once: true });
    });
  }, drawn);
  await click();
  return page.evaluate(() => (window as unknown as { __benchDone: Promise<number> }).__benchDone);
}

// ---- 2. The results page with the example audit ----
async function benchExample(): Promise<void> {
  say('\nResults page with the example audit (built renderer, 1,100 px wide)');
  if (!existsSync(RENDERER_INDEX)) throw new Error('No built renderer in out/renderer: run `npm run build` first (npm run bench:screens does).');
  const ui = await openRendererApp({}, {
    page: { defaultTimeout: 30_000 },
    // A new user with no audits yet: History offers the example.
    prepare: (app) => app.store.update((data) => ({ ...data, profile: rahmanProfile })),
  });
  onExit('close the example\'s browser and remove its folder', () => ui.close());
  const { page } = ui;
  const drawn: Drawn = { selector: 'h2', texts: ['Overall score', 'Fix these first'] };
  const open = async (): Promise<number> => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'History' }).click();
    const link = page.getByRole('link', { name: 'See an example audit' });
    await link.waitFor();
    return timeInPage(page, () => link.click(), drawn);
  };
  const first: number[] = [];
  const again: number[] = [];
  let height = 0;
  for (let n = 1; n <= runs; n++) {
    await page.reload();
    first.push(await open());
    height = await page.evaluate(() => document.documentElement.scrollHeight);
    again.push(await open());
    say(`  run ${String(n)}: first view ${(first.at(-1) ?? 0).toFixed(0)} ms, again ${(again.at(-1) ?? 0).toFixed(0)} ms, page ${String(height)} px high`);
  }
  say(stats('Click on "See an example audit" to its results drawn, window just opened', first));
  say(stats('The same, opened again in the same window', again));
  const width = await page.evaluate(() => window.innerWidth);
  say(`Page height at ${String(width)} px wide: ${String(height)} px (target < ${String(HEIGHT_TARGET_PX)} px${height < HEIGHT_TARGET_PX ? '' : ', over target'})`);
}

// ---- Run, with a time limit and clean-up on every way out ----
let interrupted = false;
let work: Promise<unknown> = Promise.resolve();
/** After an interruption, work still under way (a read, a store write) may yet write to a folder: removing one waits for it, 15 s at most. */
const settled = (): Promise<unknown> => (interrupted ? Promise.race([work.catch(() => undefined), delay(15_000, undefined, { ref: false })]) : Promise.resolve());
let stopping: Promise<never> | null = null;
function stop(code: number, why?: string): Promise<never> {
  stopping ??= (async () => {
    if (why !== undefined) process.stderr.write(`bench-screens: ${why}\n`);
    await cleanUp();
    process.exit(code);
  })();
  return stopping;
}
process.once('SIGINT', () => { interrupted = true; void stop(130, 'interrupted; cleaning up.'); });
process.once('SIGTERM', () => { interrupted = true; void stop(143, 'stopped; cleaning up.'); });
const limit = setTimeout(() => {
  interrupted = true;
  void stop(1, `gave up after ${String(OVERALL_LIMIT_MS / 60_000)} minutes; cleaning up.`);
}, OVERALL_LIMIT_MS);

say(`bench-screens: ${String(runs)} runs each (issue 14; figures only, nothing asserted)`);
// Other work on the machine slows the figures: say how busy it was.
const busy = (): string => `load average ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${String(availableParallelism())} cores`;
say(busy());
work = (async () => {
  await benchCheckAgain();
  await cleanUp();
  await benchExample();
})();
try {
  await work;
} catch (error) {
  clearTimeout(limit);
  await stop(1, `failed: ${message(error)}`);
}
clearTimeout(limit);
say(`\nAt the end: ${busy()}`);
await stop(0);
