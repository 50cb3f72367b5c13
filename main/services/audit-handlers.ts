import type { AuditRuns } from './audit-runs.ts';
import type { HandlerDeps } from './deps.ts';
import { findAccount } from './find-record.ts';
import type { Handlers } from './handler-table.ts';

export function auditHandlers({ store }: HandlerDeps, runs: AuditRuns): Pick<Handlers, 'audit:start' | 'audit:cancel'> {
  return {
    'audit:start': ({ accountIds, showBrowser }) => {
      const data = store.read();
      const accounts = accountIds === undefined ? data.accounts : accountIds.map((id) => findAccount(data, id));
      return Promise.resolve({ runId: runs.start(accounts, { showBrowser: showBrowser === true }) });
    },
    'audit:cancel': ({ runId }) => runs.cancel(runId),
  };
}
