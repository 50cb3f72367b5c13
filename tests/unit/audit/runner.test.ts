import { describe, expect, it } from 'vitest';
import type { AccountBrowser } from '../../../main/engine/audit/runner.ts';
import { runAudit } from '../../../main/engine/audit/runner.ts';
import type { ProgressEvent } from '../../../main/engine/audit/progress.ts';
import type { AccountSpec, PlatformReader, ReaderContext, PlatformReadResult } from '../../../main/engine/types.ts';
import { checkItem, checklistSet, drRahman, observed, signedInRead } from '../../fixtures/checklist-fixtures.ts';

const checklists = checklistSet([checkItem('x.protected', 'protected', [true])]);
const account = (n: number): AccountSpec => ({ id: `acct-${String(n)}`, platform: 'x', label: `Account ${String(n)}`, kind: 'personal' });

const facebookAccount = (n: number): AccountSpec => ({ ...account(n), platform: 'facebook' });
const [xChecklist] = checklists.platforms;
const twoPlatforms = {
  ...checklists,
  platforms: [...checklists.platforms, ...(xChecklist === undefined ? [] : [{
    ...xChecklist, file: 'facebook.yaml', platform: { ...xChecklist.platform, id: 'facebook' as const, name: 'Facebook' },
  }])],
};

/** A browser that never starts a process: the runner only needs its shape. */
function fakeBrowser(): AccountBrowser & { crash(): void; closed: boolean } {
  let crashListener = (): void => undefined;
  const browser = {
    closed: false,
    newPage: () => Promise.reject(new Error('not used')),
    newStrangerPage: () => Promise.reject(new Error('not used')),
    requestsBlocked: () => ({ offHost: 0, hosts: [], resources: 0 }),
    onCrash: (listener: () => void) => { crashListener = listener; },
    close: () => { browser.closed = true; return Promise.resolve(); },
    crash: () => { crashListener(); },
  };
  return browser;
}

function reader(read: (ctx: ReaderContext) => Promise<PlatformReadResult>): PlatformReader {
  return { platform: 'x', hosts: ['x.com'], signInUrl: 'https://x.com/i/flow/login', settings: ['protected'], read };
}

const never = (signal: AbortSignal): Promise<never> => new Promise((_resolve, reject) => {
  signal.addEventListener('abort', () => { reject(new Error('aborted')); });
});

describe('the audit runner', () => {
  it('audits accounts with at most the given number at once, and reports each step', async () => {
    let running = 0;
    let peak = 0;
    const events: ProgressEvent[] = [];
    const reading = async (ctx: ReaderContext): Promise<PlatformReadResult> => ctx.step('Reading', async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
      return signedInRead([observed('protected', true)]);
    });
    const result = await runAudit({
      accounts: [account(1), facebookAccount(2), account(3), facebookAccount(4)], checklists: twoPlatforms, profile: drRahman,
      appVersion: 't', concurrency: 2, openBrowser: () => Promise.resolve(fakeBrowser()), onProgress: (e) => events.push(e),
      readers: [reader(reading), { ...reader(reading), platform: 'facebook' }],
    });
    expect(peak).toBe(2);
    expect(result.accounts.map((a) => a.items[0]?.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(events.filter((e) => e.type === 'step-started' && e.step === 'Reading')).toHaveLength(4);
    expect(events.at(-1)).toMatchObject({ type: 'audit-finished', cancelled: false });
  });

  it('never reads two accounts of the same platform at once, whatever the concurrency', async () => {
    const open = new Map<string, number>();
    const peaks = new Map<string, number>();
    const started: string[] = [];
    const reading = (platform: string) => async (ctx: ReaderContext): Promise<PlatformReadResult> => {
      started.push(ctx.account.id);
      open.set(platform, (open.get(platform) ?? 0) + 1);
      peaks.set(platform, Math.max(peaks.get(platform) ?? 0, open.get(platform) ?? 0));
      await new Promise((r) => setTimeout(r, 20));
      open.set(platform, (open.get(platform) ?? 0) - 1);
      return signedInRead([observed('protected', true)]);
    };
    const result = await runAudit({
      accounts: [account(1), account(2), account(3), facebookAccount(4), facebookAccount(5)], checklists: twoPlatforms,
      profile: drRahman, appVersion: 't', concurrency: 8, openBrowser: () => Promise.resolve(fakeBrowser()),
      readers: [reader(reading('x')), { ...reader(reading('facebook')), platform: 'facebook' }],
    });
    // One X account at a time and one Facebook account at a time, but X and Facebook side by side.
    expect(Object.fromEntries(peaks)).toEqual({ x: 1, facebook: 1 });
    expect(started.slice(0, 2)).toEqual(['acct-1', 'acct-4']);
    expect(result.accounts.map((a) => a.account.id)).toEqual(['acct-1', 'acct-2', 'acct-3', 'acct-4', 'acct-5']);
    expect(result.accounts.map((a) => a.items[0]?.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
  });

  it('times out a step that hangs: its items are unknown with the reason, never pass', async () => {
    const result = await runAudit({
      accounts: [account(1)], checklists, profile: drRahman, appVersion: 't', stepTimeoutMs: 50,
      openBrowser: () => Promise.resolve(fakeBrowser()),
      readers: [reader((ctx) => ctx.step('Opening X settings', never))],
    });
    const [acct] = result.accounts;
    expect(acct?.items[0]).toMatchObject({ status: 'unknown', unreadReason: 'timeout' });
    expect(acct?.error).toContain('Opening X settings');
    expect(acct?.score.score).toBeNull();
  });

  it('closes a browser that finishes starting after its step timed out', async () => {
    const late = fakeBrowser();
    const result = await runAudit({
      accounts: [account(1)], checklists, profile: drRahman, appVersion: 't', stepTimeoutMs: 20,
      openBrowser: () => new Promise((resolve) => setTimeout(() => { resolve(late); }, 60)),
      readers: [reader(() => Promise.resolve(signedInRead([observed('protected', true)])))],
    });
    // A browser that does not start in time is a browser fault (exit 4), not the platform being slow.
    expect(result.accounts[0]?.items[0]?.unreadReason).toBe('browser-failed');
    expect(result.accounts[0]?.error).toContain('The browser did not answer within 0 s');
    await new Promise((r) => setTimeout(r, 80));
    expect(late.closed).toBe(true);
  });

  it('keeps the rest of the audit when one account\'s browser crashes', async () => {
    const result = await runAudit({
      accounts: [account(1), account(2)], checklists, profile: drRahman, appVersion: 't',
      openBrowser: (spec) => {
        const browser = fakeBrowser();
        if (spec.id === 'acct-1') setTimeout(() => { browser.crash(); }, 20);
        return Promise.resolve(browser);
      },
      readers: [reader(async (ctx) => {
        if (ctx.account.id === 'acct-1') return ctx.step('Reading', never);
        return signedInRead([observed('protected', true)]);
      })],
    });
    expect(result.accounts[0]?.items[0]).toMatchObject({ status: 'unknown', unreadReason: 'browser-failed' });
    expect(result.accounts[1]?.items[0]?.status).toBe('pass');
  });

  it('cancels: accounts under way stop, the rest are not started, and nothing passes unread', async () => {
    const controller = new AbortController();
    const opened: string[] = [];
    const browsers: ReturnType<typeof fakeBrowser>[] = [];
    const result = await runAudit({
      accounts: [account(1), account(2)], checklists, profile: drRahman, appVersion: 't', concurrency: 1,
      signal: controller.signal,
      openBrowser: (spec) => { opened.push(spec.id); const b = fakeBrowser(); browsers.push(b); return Promise.resolve(b); },
      readers: [reader((ctx) => { setTimeout(() => { controller.abort(); }, 10); return ctx.step('Reading', never); })],
    });
    expect(result.cancelled).toBe(true);
    expect(opened).toEqual(['acct-1']);
    expect(browsers.every((b) => b.closed)).toBe(true);
    expect(result.accounts.map((a) => a.items[0]?.unreadReason)).toEqual(['cancelled', 'cancelled']);
  });

  it('keeps folder paths and URLs out of the report when an unexpected error stops an account', async () => {
    const result = await runAudit({
      accounts: [account(1)], checklists, profile: drRahman, appVersion: 't',
      openBrowser: () => Promise.reject(new Error('ENOENT: no such file /home/amina/.config/Chaperone/profiles/x-acct-1 at https://x.com/?token=abc\nstack')),
      readers: [reader(() => Promise.resolve(signedInRead([])))],
    });
    const error = result.accounts[0]?.error ?? '';
    expect(error).toContain('Something unexpected stopped the audit');
    expect(error).not.toMatch(/amina|token|stack/);
    expect(result.accounts[0]?.items[0]?.reason).not.toMatch(/amina|token/);
  });

  it('reports a platform it has no reader for instead of stopping the audit', async () => {
    const withCommon = checklistSet([checkItem('x.protected', 'protected', [true])], [checkItem('common.name', 'identity.registered-name-shown', [true])]);
    const result = await runAudit({
      accounts: [{ id: 'fb', platform: 'facebook', label: 'FB', kind: 'personal' }, account(1)], checklists: withCommon, profile: drRahman,
      appVersion: 't', openBrowser: () => Promise.resolve(fakeBrowser()),
      readers: [reader(() => Promise.resolve(signedInRead([observed('protected', true)])))],
    });
    expect(result.accounts[0]?.error).toContain('cannot audit facebook');
    expect(result.accounts[0]?.items[0]?.unreadReason).toBe('not-supported');
    expect(result.accounts[1]?.items[0]?.status).toBe('pass');
  });
});
