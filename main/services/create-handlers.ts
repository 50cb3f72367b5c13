import { accountHandlers } from './account-handlers.ts';
import { appraisalHandlers } from './appraisal-handlers.ts';
import { auditHandlers } from './audit-handlers.ts';
import { auditRuns, type AuditRuns } from './audit-runs.ts';
import type { HandlerDeps } from './deps.ts';
import type { Handlers } from './handler-table.ts';
import { historyHandlers } from './history-handlers.ts';
import { itemHandlers } from './item-handlers.ts';
import { profileHandlers } from './profile-handlers.ts';
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
  };
  return { handlers, runs };
}
