import type { AuditReport } from '../report/schema.ts';
import type { AppraisalSummary } from './model.ts';

/**
 * The appraisal JSON export: the summary, and the full audit report only when the user chose to
 * show handles, because the report names them (identity, sign-in messages, stranger view).
 */
export function appraisalJsonValue(summary: AppraisalSummary, report: AuditReport, showHandles: boolean): Record<string, unknown> {
  return showHandles ? { summary, report } : { summary };
}
