/**
 * The appraisal summary (issue 5): the draft the user writes on the export screen, and the summary
 * built from it, saved as PDF, plain text or JSON. Every format comes from one AppraisalSummary.
 */
import { buildAppraisal } from '../engine/appraisal/build.ts';
import { appraisalHtml } from '../engine/appraisal/html.ts';
import type { AppraisalInput, AppraisalSummary } from '../engine/appraisal/model.ts';
import { appraisalJsonValue } from '../engine/appraisal/json.ts';
import { sealJson, sealPdf, sealText } from '../engine/appraisal/seal.ts';
import { appraisalShortText, appraisalTextExport } from '../engine/appraisal/short-text.ts';
import type { StoreData } from '../engine/store/model.ts';
import { EMPTY_APPRAISAL_DRAFT, type AppraisalFormat, type StoredAudit } from '../shared/api-contract.ts';
import { ApiError } from './api-error.ts';
import type { HandlerDeps } from './deps.ts';
import { findAudit } from './find-record.ts';
import type { Handlers } from './handler-table.ts';
import { previousAudit } from './history-handlers.ts';
import { updateAudit } from './update-audit.ts';

type AppraisalHandlers = Pick<Handlers, 'report:saveAppraisalDraft' | 'report:exportAppraisal' | 'report:previewAppraisal'>;

export const DECLARATION_MISSING = 'Tick the declaration first: confirm that this summary holds no information that could identify a patient, then save it again.';

const EXTENSIONS: Record<AppraisalFormat, string> = { pdf: 'pdf', text: 'txt', json: 'json' };

/** chaperone-appraisal-YYYY-MM-DD.<ext>, dated by when the audit started. */
export function appraisalFileName(startedAt: string, format: AppraisalFormat, fallback: Date): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(startedAt)?.[0] ?? fallback.toISOString().slice(0, 10);
  return `chaperone-appraisal-${date}.${EXTENSIONS[format]}`;
}

/** Everything the summary is built from: the stored draft, the audit before it, the profile and the reminder interval. */
export function appraisalInput(data: StoreData, audit: StoredAudit, deps: Pick<HandlerDeps, 'appVersion' | 'now'>): AppraisalInput {
  const draft = audit.appraisal ?? EMPTY_APPRAISAL_DRAFT;
  return {
    audit,
    previous: previousAudit(data.history, audit),
    // The profile as it is now (the user may have corrected a name); the report's copy if it was removed since.
    profile: data.profile ?? { ...audit.report.profile, registrationNumber: null },
    reflection: { ...draft.reflection },
    options: { ...draft.options, reauditMonths: data.settings.reminderMonths },
    appVersion: deps.appVersion,
    generatedAt: deps.now(),
  };
}

async function render(format: AppraisalFormat, summary: AppraisalSummary, audit: StoredAudit, deps: HandlerDeps): Promise<string | Uint8Array> {
  const { options } = audit.appraisal ?? EMPTY_APPRAISAL_DRAFT;
  switch (format) {
    case 'text': return sealText(appraisalTextExport(summary, options.appendix), summary);
    case 'json': return sealJson(appraisalJsonValue(summary, audit.report, options.showHandles), summary);
    case 'pdf': return sealPdf(await deps.renderPdf(appraisalHtml(summary, { appendix: options.appendix })), summary);
  }
}

export function appraisalHandlers(deps: HandlerDeps): AppraisalHandlers {
  const { store } = deps;
  return {
    'report:saveAppraisalDraft': ({ auditId, draft }) => updateAudit(store, auditId, (audit) => ({ ...audit, appraisal: draft })),
    'report:previewAppraisal': ({ auditId, draft }) => {
      const data = store.read();
      const audit = findAudit(data, auditId);
      const summary = buildAppraisal(appraisalInput(data, { ...audit, appraisal: draft }, deps));
      const { professional, practice, questions, questionsAnswered } = summary.headline;
      return Promise.resolve({
        text: appraisalShortText(summary),
        needsFixing: professional.needsFixing + practice.needsFixing,
        couldNotCheck: professional.couldNotCheck + practice.couldNotCheck,
        questionsUnanswered: questions - questionsAnswered,
      });
    },
    'report:exportAppraisal': async ({ auditId, format }) => {
      const data = store.read();
      const audit = findAudit(data, auditId);
      if (audit.appraisal?.options.declarationAccepted !== true) throw new ApiError(DECLARATION_MISSING);
      const summary = buildAppraisal(appraisalInput(data, audit, deps));
      const content = await render(format, summary, audit, deps);
      const path = await deps.saveFile(appraisalFileName(audit.report.audit.startedAt, format, deps.now()), content);
      return path === null ? null : { path };
    },
  };
}
