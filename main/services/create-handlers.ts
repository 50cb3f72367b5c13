import type { AppStore } from '../engine/store/model.ts';
import { accountHandlers } from './account-handlers.ts';
import { appraisalHandlers } from './appraisal-handlers.ts';
import { auditHandlers } from './audit-handlers.ts';
import { auditRuns, type AuditRuns } from './audit-runs.ts';
import type { HandlerDeps } from './deps.ts';
import type { Handlers } from './handler-table.ts';
import { historyHandlers } from './history-handlers.ts';
import { itemHandlers } from './item-handlers.ts';
import { policyHandlers } from './policy-handlers.ts';
import { profileHandlers } from './profile-handlers.ts';
import { reminderHandlers } from './reminder-handlers.ts';
import { reportHandlers } from './report-handlers.ts';
import { settingsHandlers } from './settings-handlers.ts';

/** Every handler of the API, over one set of dependencies. */
export function createHandlers(
  deps: HandlerDeps,
  linkAllowed: (url: string, allowed: ReadonlySet<string>) => boolean,
): { handlers: Handlers; runs: AuditRuns } {
  const runs = auditRuns(deps);
  const handlers: Handlers = {
    ...profileHandlers(deps),
    ...accountHandlers(deps, runs),
    ...auditHandlers(deps, runs),
    ...itemHandlers(deps, runs),
    ...historyHandlers(deps),
    ...reportHandlers(deps, linkAllowed),
    ...appraisalHandlers(deps),
    ...settingsHandlers(deps, runs),
    ...reminderHandlers(deps),
    ...policyHandlers(deps),
  };
  return { handlers: retryingWhileLocked(deps.store, handlers), runs };
}

/**
 * While the stored data is locked (no keychain yet, say), every call first asks the keychain again
 * and re-reads the file, so the data opens as soon as it can; "Try again" on the screen is one such call.
 */
function retryingWhileLocked(store: AppStore, handlers: Handlers): Handlers {
  const wrapped = Object.entries(handlers).map(([channel, handler]) => [channel, async (args: unknown): Promise<unknown> => {
    if (store.status.locked !== null) await store.retry();
    return (handler as (args: unknown) => Promise<unknown>)(args);
  }]);
  return Object.fromEntries(wrapped) as Handlers;
}
