/**
 * The audit under way. One at a time: each account's browser profile can be open only once, and a
 * clinician runs one audit and watches it. Progress and the result go to the window as events.
 */
import type { AccountSpec } from '../engine/types.ts';
import type { Account } from '../shared/api-contract.ts';
import { ApiError } from './api-error.ts';
import { summarise, withSessionChecks } from './audit-summary.ts';
import type { HandlerDeps } from './deps.ts';

export interface AuditRuns {
  start(accounts: Account[]): string;
  cancel(runId: string): Promise<void>;
  /** True while a running audit includes this account. */
  includes(accountId: string): boolean;
  /** Cancels the audit under way, if any, and waits until it has stopped. */
  cancelAll(): Promise<void>;
}

export function auditRuns(deps: HandlerDeps): AuditRuns {
  let current: { runId: string; accountIds: Set<string>; done: Promise<void> } | null = null;
  deps.engine.onProgress((runId, progress) => {
    if (current?.runId === runId) deps.emit({ runId, type: 'progress', progress });
  });

  const run = async (runId: string, accounts: AccountSpec[]): Promise<void> => {
    const { profile, settings } = deps.store.read();
    if (profile === null) throw new ApiError('Enter your registered name and profession before the first audit.');
    const report = await deps.engine.call('audit.run', {
      runId, accounts, profile, checklistDir: deps.checklistDir, dataDir: deps.dataDir,
      browserPath: settings.browserPath, extraBrowserArgs: deps.extraBrowserArgs, appVersion: deps.appVersion,
    });
    const stored = { id: deps.newId(), report, answers: [] };
    await deps.store.update((data) => ({
      ...data, history: [...data.history, stored], accounts: withSessionChecks(data.accounts, report),
    }));
    deps.emit({ runId, type: 'finished', auditId: stored.id, summary: summarise(stored) });
  };

  return {
    start(accounts) {
      if (current !== null) throw new ApiError('An audit is already running. Wait for it to finish or cancel it.');
      if (accounts.length === 0) throw new ApiError('Add an account before running an audit.');
      if (deps.store.read().profile === null) throw new ApiError('Enter your registered name and profession before the first audit.');
      const runId = deps.newId();
      const specs = accounts.map(({ id, platform, label, kind }) => ({ id, platform, label, kind }));
      const done = run(runId, specs)
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
    includes: (accountId) => current?.accountIds.has(accountId) ?? false,
    async cancelAll() {
      const running = current;
      if (running === null) return;
      await deps.engine.call('audit.cancel', { runId: running.runId });
      await running.done;
    },
  };
}
