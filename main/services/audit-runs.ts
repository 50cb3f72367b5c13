/**
 * The audit under way, and single-account reads (a re-check, a sign-in confirmation). One full
 * audit at a time: each account's browser profile can be open only once, and a clinician runs one
 * audit and watches it. Progress and the result of a full audit go to the window as events.
 */
import type { AuditReport } from '../engine/report/schema.ts';
import type { AccountSpec } from '../engine/types.ts';
import type { Account } from '../shared/api-contract.ts';
import { ApiError } from './api-error.ts';
import { summarise, withSessionChecks } from './audit-summary.ts';
import type { HandlerDeps } from './deps.ts';

export interface AuditRuns {
  /** showBrowser: read in a visible window (for a platform that turned the hidden browser away). */
  start(accounts: Account[], options?: { showBrowser: boolean }): string;
  cancel(runId: string): Promise<void>;
  /** True while a running audit, or a single read, includes this account. */
  includes(accountId: string): boolean;
  /**
   * Reads one account with the whole checklist, outside the history: nothing is stored and no
   * progress is sent. Refused while a full audit runs or this account is already being read.
   */
  readOne(account: Account, prepare?: () => Promise<void>): Promise<AuditReport>;
  /**
   * Runs `work` (closing windows, deleting browser profiles) while no audit or read may start on
   * these accounts, so that nothing opens a profile that is being deleted.
   */
  removing<T>(accountIds: readonly string[], work: () => Promise<T>): Promise<T>;
  /** Cancels the audit and any single reads under way, and waits until they have stopped. */
  cancelAll(): Promise<void>;
}

const NO_PROFILE = 'Enter your registered name and profession before the first audit.';

export function auditRuns(deps: HandlerDeps): AuditRuns {
  let current: { runId: string; accountIds: Set<string>; done: Promise<void> } | null = null;
  const singles = new Map<string, { runId: string; done: Promise<unknown>; cancelled: boolean }>();
  const leaving = new Map<string, number>();
  deps.engine.onProgress((runId, progress) => {
    if (current?.runId === runId) deps.emit({ runId, type: 'progress', progress });
  });

  const read = (runId: string, accounts: AccountSpec[], showBrowser = false): Promise<AuditReport> => {
    const { profile, settings } = deps.store.read();
    if (profile === null) return Promise.reject(new ApiError(NO_PROFILE));
    return deps.engine.call('audit.run', {
      runId, accounts, profile, checklistDir: deps.checklistDir, dataDir: deps.dataDir,
      browserPath: settings.browserPath, extraBrowserArgs: deps.extraBrowserArgs, appVersion: deps.appVersion,
      ...(showBrowser ? { showBrowser } : {}),
    });
  };

  const run = async (runId: string, accounts: AccountSpec[], showBrowser: boolean): Promise<void> => {
    const report = await read(runId, accounts, showBrowser);
    const stored = { id: deps.newId(), report, answers: [], rechecks: [] };
    await deps.store.update((data) => ({
      ...data, history: [...data.history, stored], accounts: withSessionChecks(data.accounts, report),
    }));
    deps.emit({ runId, type: 'finished', auditId: stored.id, summary: summarise(stored) });
  };

  return {
    start(accounts, options = { showBrowser: false }) {
      if (current !== null) throw new ApiError('An audit is already running. Wait for it to finish or cancel it.');
      if (accounts.length === 0) throw new ApiError('Add an account before running an audit.');
      if (deps.store.read().profile === null) throw new ApiError(NO_PROFILE);
      if (accounts.some((a) => leaving.has(a.id))) throw new ApiError('An account is being disconnected. Wait a moment, then start the audit.');
      const busy = accounts.find((a) => singles.has(a.id));
      if (busy !== undefined) throw new ApiError(`Chaperone is still checking "${busy.label}". Wait a moment for it to finish, then start the audit.`);
      const runId = deps.newId();
      const specs = accounts.map(toSpec);
      const done = run(runId, specs, options.showBrowser)
        .catch((error: unknown) => {
          deps.emit({ runId, type: 'failed', message: error instanceof Error ? error.message : String(error) });
        })
        .finally(() => { current = null; });
      current = { runId, accountIds: new Set(specs.map((a) => a.id)), done };
      return runId;
    },
    async cancel(runId) {
      if (current?.runId !== runId) return;
      await deps.engine.call('audit.cancel', { runId });
    },
    includes: (accountId) => (current?.accountIds.has(accountId) ?? false) || singles.has(accountId),
    readOne(account, prepare) {
      if (current !== null) return Promise.reject(new ApiError('An audit is running. Wait for it to finish (or cancel it), then try again.'));
      if (leaving.has(account.id)) return Promise.reject(new ApiError('This account is being disconnected.'));
      if (singles.has(account.id)) return Promise.reject(new ApiError('Chaperone is already reading this account. Wait a moment, then try again.'));
      const runId = deps.newId();
      const single = { runId, done: Promise.resolve() as Promise<unknown>, cancelled: false };
      const done = (async () => {
        await prepare?.();
        if (single.cancelled) throw new ApiError('The check was stopped.');
        return read(runId, [toSpec(account)]);
      })().finally(() => { singles.delete(account.id); });
      single.done = done;
      singles.set(account.id, single);
      return done;
    },
    async removing(accountIds, work) {
      for (const id of accountIds) leaving.set(id, (leaving.get(id) ?? 0) + 1);
      try {
        return await work();
      } finally {
        for (const id of accountIds) {
          const count = (leaving.get(id) ?? 1) - 1;
          if (count === 0) leaving.delete(id);
          else leaving.set(id, count);
        }
      }
    },
    async cancelAll() {
      for (const single of singles.values()) single.cancelled = true;
      const running = [...(current === null ? [] : [current]), ...singles.values()];
      await Promise.all(running.map((r) => deps.engine.call('audit.cancel', { runId: r.runId })));
      await Promise.allSettled(running.map((r) => r.done));
    },
  };
}

function toSpec({ id, platform, label, kind }: Account): AccountSpec {
  return { id, platform, label, kind };
}
