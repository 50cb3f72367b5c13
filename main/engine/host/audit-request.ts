/** `audit.run`: the same steps as `chaperone audit`, with progress posted instead of printed. */
import { browserOpener } from '../audit/open-browser.ts';
import type { ProgressEvent } from '../audit/progress.ts';
import { runAudit } from '../audit/runner.ts';
import { chooseBrowser, systemBrowserInputs } from '../browser/find-browsers.ts';
import { loadChecklists } from '../checklist/load.ts';
import { READERS } from '../platforms/index.ts';
import { toReport } from '../report/json.ts';
import type { AuditReport } from '../report/schema.ts';
import type { AuditRunRequest } from './protocol.ts';

export async function runAuditRequest(
  params: AuditRunRequest,
  signal: AbortSignal,
  onProgress: (event: ProgressEvent) => void,
): Promise<AuditReport> {
  // Checklists first: a broken one means nothing is audited, and needs no browser to say so.
  const checklists = await loadChecklists(params.checklistDir);
  const browser = chooseBrowser({ ...systemBrowserInputs(), override: params.browserPath ?? undefined });
  const result = await runAudit({
    accounts: params.accounts,
    checklists,
    profile: params.profile,
    readers: READERS,
    openBrowser: browserOpener({
      executablePath: browser.executablePath, dataDir: params.dataDir, extraArgs: params.extraBrowserArgs,
      showBrowser: params.showBrowser === true,
    }),
    appVersion: params.appVersion,
    signal,
    onProgress,
  });
  return toReport(result, params.profile);
}
