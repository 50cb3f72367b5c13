import type { Account, AuditSummary, StoredAudit } from '../shared/api-contract.ts';
import type { AuditReport } from '../engine/report/schema.ts';
import { auditProgress, standings } from '../shared/audit-view.ts';

/**
 * An audit in brief. The score is the audit's own; what needs fixing or could not be checked is
 * counted as things stand now, after any "Check again", check by hand or answer, so Home does not
 * go on saying an item needs fixing once it passes, and an answer that shows a risk is one to fix.
 */
export function summarise(audit: StoredAudit): AuditSummary {
  const { startedAt, finishedAt, cancelled, overall, accounts } = audit.report.audit;
  const now = standings(audit).filter(({ item }) => item.group === 'professional').map(({ status }) => status);
  return {
    id: audit.id, startedAt, finishedAt, cancelled, score: overall.score, coverage: overall.coverage,
    read: overall.pass + overall.fail, readable: overall.pass + overall.fail + overall.unknown,
    accounts: accounts.length, fail: now.filter((s) => s === 'fail').length, unknown: now.filter((s) => s === 'unknown').length,
    progress: auditProgress(audit), appraisalStarted: audit.appraisal !== undefined,
  };
}

/** What each account's session looked like in this audit, kept on the account for the accounts screen. */
export function withSessionChecks(accounts: Account[], report: AuditReport): Account[] {
  return accounts.map((account) => {
    const result = report.audit.accounts.find((r) => r.account.id === account.id);
    if (result === undefined) return account;
    return { ...account, lastSessionCheck: { at: result.finishedAt, state: result.session, detail: result.sessionDetail } };
  });
}
