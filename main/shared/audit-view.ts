/**
 * How a stored audit reads now, after any re-checks. Pure, so the handlers and the renderer share it.
 */
import type { ItemStatus } from '../engine/audit/model.ts';
import type { AuditComparison, ItemChange, Recheck, StoredAudit } from './api-contract.ts';

/** An item's status now: its latest re-check, else what the audit found. Null when the audit has no such item. */
export function currentItemStatus(audit: StoredAudit, accountId: string, itemId: string): { status: ItemStatus; recheck: Recheck | null } | null {
  const item = audit.report.audit.accounts.find((a) => a.account.id === accountId)?.items.find((i) => i.itemId === itemId);
  if (item === undefined) return null;
  const recheck = audit.rechecks.findLast((r) => r.accountId === accountId && r.itemId === itemId) ?? null;
  return { status: recheck?.status ?? item.status, recheck };
}

/**
 * The account id an answer carries when its question is about all the person's accounts (asked once
 * per audit). Account ids are UUIDs, so it can never name a real account.
 */
export const ALL_ACCOUNTS = 'all-accounts';

/** One key per item of an account, for maps over an audit's items. */
export function itemKey(accountId: string, itemId: string): string {
  return `${accountId}\n${itemId}`;
}

/** Each item's latest re-check, by itemKey: one pass, so callers stay linear in the audit's size. */
function latestRechecks(audit: StoredAudit): Map<string, Recheck> {
  const latest = new Map<string, Recheck>();
  for (const recheck of audit.rechecks) latest.set(itemKey(recheck.accountId, recheck.itemId), recheck);
  return latest;
}

/**
 * Each item's status now, after its latest re-check, looked up without scanning the audit again:
 * the re-checks are gathered once, so a whole audit stays linear in its size.
 */
export function statusesNow(audit: StoredAudit): (accountId: string, item: { itemId: string; status: ItemStatus }) => ItemStatus {
  const latest = latestRechecks(audit);
  return (accountId, item) => latest.get(itemKey(accountId, item.itemId))?.status ?? item.status;
}

/** Safe statuses: a change from one of these to an unsafe one is a regression. */
const SAFE: ReadonlySet<ItemStatus> = new Set(['pass', 'not-applicable']);
const UNSAFE: ReadonlySet<ItemStatus> = new Set(['fail', 'unknown']);

interface Entry {
  change: Omit<ItemChange, 'before' | 'after'>;
  /** What the audit itself found. */
  found: ItemStatus;
  /** After any re-checks. */
  status: ItemStatus;
}

/** Every item of an audit, keyed by account and item, with what the audit found and its status now. */
function entries(audit: StoredAudit): Map<string, Entry> {
  const found = new Map<string, Entry>();
  const rechecks = latestRechecks(audit);
  for (const result of audit.report.audit.accounts) {
    const { id: accountId, label: accountLabel } = result.account;
    for (const item of result.items) {
      const key = itemKey(accountId, item.itemId);
      const status = rechecks.get(key)?.status ?? item.status;
      found.set(key, {
        change: { accountId, accountLabel, platformName: result.platformName, itemId: item.itemId, title: item.title },
        found: item.status, status,
      });
    }
  }
  return found;
}

const byLabelThenTitle = (a: ItemChange, b: ItemChange): number =>
  a.accountLabel.localeCompare(b.accountLabel) || a.title.localeCompare(b.title) || a.itemId.localeCompare(b.itemId);

/**
 * What changed between two audits, item by item. The current audit counts as it stands after its
 * re-checks. A regression is an item that was safe when the previous audit ended (after its
 * re-checks) and is not now; an improvement is one the previous audit found unsafe and that passes
 * now, including one fixed with "Check again" after that audit. With no previous audit every list
 * is empty.
 */
export function compareAudits(previous: StoredAudit | null, current: StoredAudit): AuditComparison {
  const comparison: AuditComparison = {
    auditId: current.id,
    previous: previous === null ? null : { id: previous.id, startedAt: previous.report.audit.startedAt },
    regressions: [], improvements: [], added: [], removed: [], otherChanges: [], unchanged: 0,
  };
  if (previous === null) return comparison;
  const before = entries(previous);
  const after = entries(current);
  for (const [key, now] of after) {
    const was = before.get(key);
    if (was === undefined) comparison.added.push({ ...now.change, before: null, after: now.status });
    else if (SAFE.has(was.status) && UNSAFE.has(now.status)) comparison.regressions.push({ ...now.change, before: was.status, after: now.status });
    else if (UNSAFE.has(was.found) && now.status === 'pass') comparison.improvements.push({ ...now.change, before: was.found, after: now.status });
    else if (was.status === now.status) comparison.unchanged += 1;
    else comparison.otherChanges.push({ ...now.change, before: was.status, after: now.status });
  }
  for (const [key, was] of before) {
    if (!after.has(key)) comparison.removed.push({ ...was.change, before: was.status, after: null });
  }
  for (const list of [comparison.regressions, comparison.improvements, comparison.added, comparison.removed, comparison.otherChanges]) {
    list.sort(byLabelThenTitle);
  }
  return comparison;
}
