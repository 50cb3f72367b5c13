/**
 * --show-browser: an account read in a visible window, under a virtual display (Xvfb on a free
 * display number of its own). The window is titled as Chaperone's and says which platform it is
 * reading, and it reads the same values as the hidden browser.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHECKLIST_DIR } from '../../../main/cli/run-and-report.ts';
import { startEmulators, type RunningEmulators } from '../../../main/demo/harness.ts';
import { signedInOpener } from '../../../main/demo/signed-in-opener.ts';
import { createXEmulator } from '../../../main/demo/x/index.ts';
import type { AuditResult } from '../../../main/engine/audit/model.ts';
import { browserOpener } from '../../../main/engine/audit/open-browser.ts';
import { runAudit } from '../../../main/engine/audit/runner.ts';
import { loadChecklists } from '../../../main/engine/checklist/load.ts';
import { xReader } from '../../../main/engine/platforms/x/index.ts';
import type { AccountSpec, PlatformReader } from '../../../main/engine/types.ts';
import { drRahman } from '../../fixtures/checklist-fixtures.ts';
import { ensureDisplay, whichOnPath, type Display } from '../../e2e/virtual-display.ts';

const ACCOUNT: AccountSpec = { id: 'personal-x', platform: 'x', label: 'Personal X', kind: 'personal' };
// An empty environment: always a display of the test's own, never the session's.
const lookup = await ensureDisplay({ platform: 'linux', env: {}, which: (name) => whichOnPath(name) });
if (!lookup.ready) console.warn(`Skipping the --show-browser test: ${lookup.reason}`);

describe.skipIf(!lookup.ready)('reading with the window showing (--show-browser)', () => {
  let display: Display;
  let emulators: RunningEmulators;
  let dataDir: string;
  const x = createXEmulator();
  /** The screen's windows: while the reader has its own pages open, and when it has finished (stranger view too). */
  let whileReading = '';
  let windows = '';
  const listWindows = (): string => execFileSync('xwininfo', ['-root', '-tree']).toString();

  /** Audits the account; the reader notes the screen's windows while its browser is open. */
  const audit = async (showBrowser: boolean): Promise<AuditResult> => {
    const open = browserOpener({ executablePath: '/usr/bin/chromium', dataDir, extraArgs: emulators.browserArgs, showBrowser });
    const reader: PlatformReader = {
      ...xReader,
      read: async (ctx) => {
        whileReading = '';
        const read = await xReader.read({
          ...ctx,
          newStrangerPage: () => { whileReading = listWindows(); return ctx.newStrangerPage(); },
        });
        windows = listWindows();
        return read;
      },
    };
    const checklists = await loadChecklists(CHECKLIST_DIR);
    return runAudit({
      accounts: [ACCOUNT], checklists, profile: drRahman, readers: [reader], appVersion: 'test', stepTimeoutMs: 20_000,
      openBrowser: signedInOpener(open, () => x.issueSessionCookies()),
    });
  };

  beforeAll(async () => {
    if (!lookup.ready) return;
    display = lookup.display;
    vi.stubEnv('DISPLAY', display.env.DISPLAY ?? '');
    emulators = await startEmulators([x.emulator]);
    dataDir = await mkdtemp(join(tmpdir(), 'chaperone-show-browser-'));
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await emulators.close();
    await rm(dataDir, { recursive: true, force: true });
    await display.stop();
  });

  it('reads the account in a visible window titled "Chaperone — reading X", with the same results as the hidden browser', async () => {
    const shown = await audit(true);
    const shownWindows = whileReading;
    const hidden = await audit(false);
    const [account] = shown.accounts;
    expect(account?.session).toBe('signed-in');
    expect(account?.error).toBeNull();
    const statuses = (result: AuditResult): [string, string][] =>
      result.accounts[0]?.items.map((i) => [i.itemId, i.status]) ?? [];
    expect(statuses(shown).filter(([, status]) => status === 'pass' || status === 'fail').length).toBeGreaterThan(3);
    expect(statuses(shown)).toEqual(statuses(hidden));
    // The person's own pages were read in one window on the screen, 1366×768, named as Chaperone's.
    const browserWindows = (list: string): string[] => list.split('\n').filter((line) => /"Chromium"\)\s+\d+x\d+/.test(line) && !/"chromium":/.test(line));
    expect(browserWindows(shownWindows)).toHaveLength(1);
    expect(browserWindows(shownWindows)[0]).toMatch(/"Chaperone — reading X \(Twitter\)".*1366x768\+40\+40/);
    // The hidden browser showed nothing.
    expect(windows).not.toContain('Chaperone — reading');
  }, 120_000);
});
