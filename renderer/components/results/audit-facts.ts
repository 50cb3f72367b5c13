/** Facts the audit screens read from a stored audit. Pure, so every screen counts the same way. */
import type { ItemStatus } from '../../../main/engine/audit/model.ts';
import type { AuditReport } from '../../../main/engine/report/schema.ts';
import type { ManualAnswer, StoredAudit } from '../../../main/shared/api-contract.ts';
import { ALL_ACCOUNTS, currentItemStatus, statusesNow } from '../../../main/shared/audit-view.ts';
import { plural, STATUS_ORDER } from './words.ts';
import { isPartialAudit, outOf100, partialAuditText } from '../../../main/shared/glossary.ts';

export type AccountReport = AuditReport['audit']['accounts'][number];
export type ItemReport = AccountReport['items'][number];
type ScoreReport = AuditReport['audit']['overall'];

/** An item with its status now (after any re-check). */
export interface ItemNow { item: ItemReport; status: ItemStatus }

/** The item's status now and its latest re-check (null when none); null when the audit has no such item. */
export const statusNow = currentItemStatus;

export function itemsNow(audit: StoredAudit, account: AccountReport): ItemNow[] {
  const statusNow = statusesNow(audit);
  return account.items.map((item) => ({ item, status: statusNow(account.account.id, item) }));
}

export function byStatus(items: ItemNow[]): ItemNow[] {
  return [...items].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
}

/** "72 out of 100, from 9 of 13 checks that could be read", "Partial audit: 3 of 9 read. …", or why there is no score. */
export function scoreSentence(score: ScoreReport): string {
  const total = score.pass + score.fail + score.unknown;
  if (score.score === null) {
    return total === 0
      ? 'No score: no setting Chaperone reads here is in your professional guidance.'
      : `No score: none of the ${plural(total, 'automatic check', 'automatic checks')} could be read. This does not mean your settings are safe.`;
  }
  const read = { read: score.pass + score.fail, readable: total };
  // Fewer than half read: the coverage leads, so the number is not taken at face value.
  if (isPartialAudit(read)) return `${partialAuditText(read)}. Score from those ${String(read.read)}: ${outOf100(score.score)}.`;
  return `${outOf100(score.score)}, ${coverageText(score)}`;
}

/** "from 9 of 13 checks that could be read." */
export function coverageText(score: ScoreReport): string {
  const total = score.pass + score.fail + score.unknown;
  return `from ${String(score.pass + score.fail)} of ${plural(total, 'check', 'checks')} that could be read.`;
}

/** A question of the audit: its account (null: asked once, for all accounts), the item, and the answer saved in this audit. */
export interface AuditQuestion { account: AccountReport | null; accountId: string; item: ItemReport; answer: ManualAnswer | null }

/** Each question of the audit (items only the user can answer), with the saved answer if any. */
export function questionsOf(audit: StoredAudit): AuditQuestion[] {
  const answer = (accountId: string, itemId: string): ManualAnswer | null =>
    audit.answers.find((a) => a.accountId === accountId && a.itemId === itemId) ?? null;
  // Questions about all accounts first: they are asked once, so they come before the accounts'.
  const once = audit.report.audit.questions.map((item) => ({ account: null, accountId: ALL_ACCOUNTS, item, answer: answer(ALL_ACCOUNTS, item.itemId) }));
  return [...once, ...audit.report.audit.accounts.flatMap((account) => account.items
    .filter((item) => item.status === 'manual')
    .map((item) => ({ account, accountId: account.account.id, item, answer: answer(account.account.id, item.itemId) })))];
}

export function unansweredCount(audit: StoredAudit): number {
  return questionsOf(audit).filter((q) => q.answer === null).length;
}

/** An item of the audit; `account` is null for a question asked once for all accounts. */
export function findItem(audit: StoredAudit, accountId: string, itemId: string): { account: AccountReport | null; item: ItemReport } | null {
  if (accountId === ALL_ACCOUNTS) {
    const item = audit.report.audit.questions.find((i) => i.itemId === itemId);
    return item === undefined ? null : { account: null, item };
  }
  const account = audit.report.audit.accounts.find((a) => a.account.id === accountId);
  const item = account?.items.find((i) => i.itemId === itemId);
  return account === undefined || item === undefined ? null : { account, item };
}

/** Where an item belongs, in words: the account's own label (the person chose it), or all accounts. */
export function accountName(account: AccountReport | null): string {
  return account === null ? ALL_ACCOUNTS_NAME : account.account.label;
}

const ALL_ACCOUNTS_NAME = 'All your accounts';
