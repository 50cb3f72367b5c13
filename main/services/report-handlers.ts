import { loadChecklists } from '../engine/checklist/load.ts';
import { reportToJson } from '../engine/report/json.ts';
import { ApiError } from './api-error.ts';
import type { HandlerDeps } from './deps.ts';
import { findAudit } from './find-record.ts';
import type { Handlers } from './handler-table.ts';

/** Links the app may open in the user's web browser: the guidance sources in the checklist data. */
export async function guidanceLinks(checklistDir: string): Promise<Set<string>> {
  const checklists = await loadChecklists(checklistDir);
  const urls = [...checklists.guidance.map((g) => g.url), ...checklists.sources.map((s) => s.url)];
  return new Set(urls.filter((url): url is string => url !== null));
}

/** chaperone-audit-YYYY-MM-DD.json, dated by when the audit started. */
export function reportFileName(startedAt: string, fallback: Date): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(startedAt)?.[0] ?? fallback.toISOString().slice(0, 10);
  return `chaperone-audit-${date}.json`;
}

export function reportHandlers(deps: HandlerDeps, linkAllowed: (url: string, allowed: ReadonlySet<string>) => boolean): Pick<Handlers, 'report:json' | 'report:saveJson' | 'report:openLink'> {
  let links: Promise<Set<string>> | null = null;
  return {
    'report:json': ({ auditId }) => Promise.resolve(reportToJson(findAudit(deps.store.read(), auditId).report)),
    'report:saveJson': async ({ auditId }) => {
      const { report } = findAudit(deps.store.read(), auditId);
      const path = await deps.saveFile(reportFileName(report.audit.startedAt, deps.now()), reportToJson(report));
      return path === null ? null : { path };
    },
    'report:openLink': async ({ url }) => {
      links ??= guidanceLinks(deps.checklistDir);
      if (!linkAllowed(url, await links)) {
        throw new ApiError('Chaperone opens only the guidance links in its checklists, and only over https.');
      }
      await deps.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */ // url passed externalLinkAllowed just above
    },
  };
}
