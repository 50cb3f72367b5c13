/**
 * Builds the appraisal summary from a stored audit: one plain-data model that the HTML (and PDF)
 * and the plain text render. Only what the document needs is copied in: no cookies, paths,
 * display names or bios, and handles and the registration number only when the user asks.
 */
import { compareAudits } from '../../shared/audit-view.ts';
import { addMonths, longDate } from './dates.ts';
import { buildFindings, buildFixed, buildHeadline, buildOutstanding } from './findings.ts';
import { contentFingerprint } from './fingerprint.ts';
import { buildFiling, buildHeader } from './header.ts';
import type { AppraisalInput, AppraisalSummary } from './model.ts';
import { buildMethod, buildScope } from './scope-method.ts';
import { DECLARATION_TEXT } from './words.ts';

export function buildAppraisal(input: AppraisalInput): AppraisalSummary {
  const { audit, previous } = input;
  const header = buildHeader(input);
  const content: Omit<AppraisalSummary, 'fingerprint'> = {
    title: `Social media self-audit: appraisal summary, ${header.auditDate}`,
    header,
    filing: buildFiling(input),
    scope: buildScope(input),
    method: buildMethod(input),
    headline: buildHeadline(input),
    fixed: buildFixed(input),
    findings: buildFindings(input),
    outstanding: buildOutstanding(input),
    reauditDate: addMonths(audit.report.audit.startedAt, input.options.reauditMonths),
    comparison: previous === null
      ? { first: true }
      : { first: false, previousDate: longDate(previous.report.audit.startedAt), comparison: compareAudits(previous, audit) },
    reflection: {
      what: input.reflection.what.trim(),
      soWhat: input.reflection.soWhat.trim(),
      nowWhat: input.reflection.nowWhat.trim(),
    },
    declaration: { accepted: input.options.declarationAccepted, text: DECLARATION_TEXT },
    generatedAt: input.generatedAt.toISOString(),
  };
  return { ...content, fingerprint: contentFingerprint(content) };
}
