/** The audit's items as the summary sees them: with the account, the status now and the user's answer. */
import type { AccountResult, ItemResult, ItemStatus } from '../audit/model.ts';
import type { ManualAnswer, Recheck, StoredAudit } from '../../shared/api-contract.ts';
import { currentItemStatus } from '../../shared/audit-view.ts';

export interface AuditItem {
  account: AccountResult;
  item: ItemResult;
  statusNow: ItemStatus;
  /** Oldest first. */
  rechecks: Recheck[];
  /** The latest answer, for questions only the user can answer. */
  answer: ManualAnswer | null;
}

/** Every item of every account, in the audit's order. */
export function auditItems(audit: StoredAudit): AuditItem[] {
  return audit.report.audit.accounts.flatMap((account) => account.items.map((item) => {
    const mine = (r: { accountId: string; itemId: string }): boolean => r.accountId === account.account.id && r.itemId === item.itemId;
    return {
      account,
      item,
      statusNow: currentItemStatus(audit, account.account.id, item.itemId)?.status ?? item.status,
      rechecks: audit.rechecks.filter(mine),
      answer: audit.answers.findLast(mine) ?? null,
    };
  }));
}

/** Items that apply to their account: not-applicable ones are left out of the findings. */
export function applicableItems(audit: StoredAudit): AuditItem[] {
  return auditItems(audit).filter((a) => a.item.status !== 'not-applicable');
}
