/** The audit's items as the summary sees them: with the account, the status now and the user's answer. */
import type { AccountResult, ItemResult, ItemStatus } from '../audit/model.ts';
import type { ManualAnswer, Recheck, StoredAudit } from '../../shared/api-contract.ts';
import { ALL_ACCOUNTS, itemKey, statusesNow } from '../../shared/audit-view.ts';

export interface AuditItem {
  /** Null for a question about all the person's accounts, asked once per audit. */
  account: AccountResult | null;
  item: ItemResult;
  statusNow: ItemStatus;
  /** Oldest first. */
  rechecks: Recheck[];
  /** The latest answer, for questions only the user can answer. */
  answer: ManualAnswer | null;
}

/**
 * Every item of every account, in the audit's order. Re-checks and answers are grouped by item in
 * one pass first, so this stays linear in the size of the audit (looking them up per item made a
 * 40,000-item report take seconds).
 */
export function auditItems(audit: StoredAudit): AuditItem[] {
  const rechecks = new Map<string, Recheck[]>();
  for (const recheck of audit.rechecks) {
    const key = itemKey(recheck.accountId, recheck.itemId);
    const list = rechecks.get(key);
    if (list === undefined) rechecks.set(key, [recheck]);
    else list.push(recheck);
  }
  // Later answers overwrite earlier ones: the latest wins.
  const answers = new Map<string, ManualAnswer>();
  for (const answer of audit.answers) answers.set(itemKey(answer.accountId, answer.itemId), answer);
  const perAccount = audit.report.audit.accounts.flatMap((account) => account.items.map((item) => ({ account, item })));
  const once = audit.report.audit.questions.map((item) => ({ account: null, item }));
  // The status now is the screens' own rule: re-checks, checks by hand and answers count.
  const statusNow = statusesNow(audit);
  return [...perAccount, ...once].map(({ account, item }) => {
    const accountId = account?.account.id ?? ALL_ACCOUNTS;
    const key = itemKey(accountId, item.itemId);
    const mine = rechecks.get(key) ?? [];
    return {
      account,
      item,
      statusNow: statusNow(accountId, item),
      rechecks: mine,
      answer: answers.get(key) ?? null,
    };
  });
}

/** "Personal X", or "All accounts" for a question asked once. */
export function accountLabel(a: AuditItem): string {
  return a.account?.account.label ?? 'All accounts';
}

/** Items that apply to their account: not-applicable ones are left out of the findings. */
export function applicableItems(audit: StoredAudit): AuditItem[] {
  return auditItems(audit).filter((a) => a.item.status !== 'not-applicable');
}
