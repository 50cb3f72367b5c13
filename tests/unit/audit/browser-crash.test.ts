/**
 * A browser that dies during an audit (issue 11) is reported as a browser that stopped, with exit
 * code 4, never as a cancelled audit; a real Ctrl-C, which stops the browser too, still says
 * cancelled. Runs the real X reader and the CLI's summary and exit code on a fake browser.
 */
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { checklistsFor, runAndReport } from '../../../main/cli/run-and-report.ts';
import type { AccountBrowser } from '../../../main/engine/audit/runner.ts';
import type { UserProfile } from '../../../main/engine/profile.ts';

const profile: UserProfile = { registeredName: 'Amina Rahman', profession: 'doctor', regulator: 'GMC' };

/** A browser whose first page never opens: it is mid-read when it dies, as a crashed Chromium is. */
function dyingBrowser(): AccountBrowser & { die(): void } {
  const crashListeners: (() => void)[] = [];
  const pageWaiters: ((error: Error) => void)[] = [];
  const pending = (): Promise<never> => new Promise((_resolve, reject) => { pageWaiters.push(reject); });
  return {
    newPage: pending,
    newStrangerPage: pending,
    requestsBlocked: () => ({ offHost: 0, hosts: [], resources: 0 }),
    onCrash: (listener) => { crashListeners.push(listener); },
    close: () => Promise.resolve(),
    die: () => {
      for (const listener of crashListeners) listener();
      for (const reject of pageWaiters) reject(new Error('Protocol error: Connection closed.'));
    },
  };
}

async function audit(during: (browser: ReturnType<typeof dyingBrowser>, cancel: () => void) => void): Promise<{ exitCode: number; out: string; err: string; reasons: (string | null)[] }> {
  const controller = new AbortController();
  let out = '';
  let err = '';
  const { report, exitCode } = await runAndReport({
    accounts: [{ id: 'personal-x', platform: 'x', label: 'Personal X', kind: 'personal' }],
    profile, concurrency: 1, json: undefined, html: undefined, quiet: false, checklists: await checklistsFor(undefined), signal: controller.signal,
    openBrowser: () => {
      const browser = dyingBrowser();
      setTimeout(() => { during(browser, () => { controller.abort(); }); }, 30);
      return Promise.resolve(browser);
    },
  }, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  const reasons = report.audit.accounts.flatMap((a) => a.items.map((i) => i.unreadReason));
  return { exitCode, out, err, reasons };
}

describe('a browser that dies mid-read', () => {
  it('says the browser stopped unexpectedly and exits 4, not "cancelled"', async () => {
    const { exitCode, out, err, reasons } = await audit((browser) => { browser.die(); });
    expect(exitCode).toBe(EXIT.browser);
    expect(out).toContain('The browser used for this account stopped unexpectedly.');
    expect(err).toContain('[Personal X] done, with a problem: The browser used for this account stopped unexpectedly.');
    expect(`${out}${err}`).not.toMatch(/cancel/i);
    expect(reasons).toContain('browser-failed');
    expect(reasons).not.toContain('cancelled');
  });
});

describe('Ctrl-C during a read', () => {
  it('still says cancelled and exits 130 when the browser, stopped by the same Ctrl-C, goes first', async () => {
    const { exitCode, out, err, reasons } = await audit((browser, cancel) => { browser.die(); cancel(); });
    expect(exitCode).toBe(EXIT.cancelled);
    expect(out).toContain('The audit was cancelled before it finished.');
    expect(err).toContain('Audit cancelled: showing what was checked before it stopped.');
    expect(`${out}${err}`).not.toMatch(/stopped unexpectedly/);
    expect(reasons).toContain('cancelled');
    expect(reasons).not.toContain('browser-failed');
  });

  it('says cancelled when the cancel comes first', async () => {
    const { exitCode, out, reasons } = await audit((browser, cancel) => { cancel(); browser.die(); });
    expect(exitCode).toBe(EXIT.cancelled);
    expect(out).not.toMatch(/stopped unexpectedly/);
    expect(reasons).not.toContain('browser-failed');
  });
});
