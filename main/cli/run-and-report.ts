/** The shared tail of `audit` and `demo`: run, print the summary, write reports, pick the exit code. */
import { fileURLToPath } from 'node:url';
import { loadChecklists } from '../engine/checklist/load.ts';
import type { ChecklistSet } from '../engine/checklist/model.ts';
import type { AuditResult } from '../engine/audit/model.ts';
import { runAudit, type OpenAccountBrowser } from '../engine/audit/runner.ts';
import { READERS } from '../engine/platforms/index.ts';
import type { UserProfile } from '../engine/profile.ts';
import { toReport } from '../engine/report/json.ts';
import type { AuditReport } from '../engine/report/schema.ts';
import { reportToText } from '../engine/report/summary-text.ts';
import type { AccountSpec } from '../engine/types.ts';
import { EXIT } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { writeReports } from './outputs.ts';
import { progressPrinter } from './progress-printer.ts';
import { APP_VERSION } from './version.ts';

export const CHECKLIST_DIR = fileURLToPath(new URL('../../checklists/', import.meta.url));

export interface RunRequest {
  accounts: AccountSpec[];
  profile: UserProfile;
  openBrowser: OpenAccountBrowser;
  concurrency: number;
  json: string | undefined;
  html: string | undefined;
  quiet: boolean;
  /** Loaded before anything is started, so a broken checklist leaves nothing running. */
  checklists: ChecklistSet;
  signal: AbortSignal;
}

export async function runAndReport(request: RunRequest, io: CliIo): Promise<{ report: AuditReport; exitCode: number }> {
  const result = await runAudit({
    accounts: request.accounts, checklists: request.checklists, profile: request.profile, readers: READERS,
    openBrowser: request.openBrowser, appVersion: APP_VERSION, concurrency: request.concurrency,
    signal: request.signal,
    ...(request.quiet ? {} : { onProgress: progressPrinter(io, request.accounts) }),
  });
  const report = toReport(result, request.profile);
  io.out(`\n${reportToText(report)}`);
  await writeReports(report, { json: request.json, html: request.html }, io);
  return { report, exitCode: exitCodeFor(result) };
}

/** The checklists the user asked for (--checklists), or the shipped ones. */
export async function checklistsFor(folder: string | undefined): Promise<ChecklistSet> {
  return loadChecklists(folder ?? CHECKLIST_DIR);
}

export function exitCodeFor(result: AuditResult): number {
  if (result.cancelled) return EXIT.cancelled;
  if (result.accounts.some((a) => a.items.some((i) => i.unreadReason === 'browser-failed'))) return EXIT.browser;
  if (result.overall.fail > 0) return EXIT.findings;
  if (result.overall.unknown > 0) return EXIT.incomplete;
  return EXIT.ok;
}
