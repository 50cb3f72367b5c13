import type { Account, AuditSummary, StoredAudit } from '../shared/api-contract.ts';
import type { AuditReport } from '../engine/report/schema.ts';

export function summarise(audit: StoredAudit): AuditSummary {
  const { startedAt, finishedAt, cancelled, overall, accounts } = audit.report.audit;
  return {
    id: audit.id, startedAt, finishedAt, cancelled, score: overall.score, coverage: overall.coverage,
    accounts: accounts.length, fail: overall.fail, unknown: overall.unknown,
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
