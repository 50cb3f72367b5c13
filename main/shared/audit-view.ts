/**
 * How a stored audit reads now, after any re-checks, checks by hand and answers. Pure, so the
 * handlers and the renderer share it.
 */
import type { AccountResult, ItemResult, ItemStatus, Score } from '../engine/audit/model.ts';
import type { Answer, AuditComparison, ItemChange, ManualAnswer, Recheck, SelfCheckFinding, StoredAudit } from './api-contract.ts';
import { answerShowsRisk } from './answer-words.ts';
import { scoreItems } from './score.ts';

/**
 * The account id an answer carries when its question is about all the person's accounts (asked once
 * per audit). Account ids are UUIDs, so it can never name a real account.
 */
export const ALL_ACCOUNTS = 'all-accounts';

/** What the person found by hand, as a status: theirs, and always shown as theirs. */
export const SELF_CHECK_STATUS: Readonly<Record<SelfCheckFinding, ItemStatus>> = { set: 'pass', 'not-set': 'fail', 'not-found': 'unknown' };

/** What the person found by hand, in words that say it was them: "checked by you: set correctly". */
export const SELF_CHECK_TEXT: Readonly<Record<SelfCheckFinding, string>> = {
  set: 'set correctly', 'not-set': 'not set correctly', 'not-found': 'could not find it',
};

/** One key per item of an account, for maps over an audit's items. */
export function itemKey(accountId: string, itemId: string): string {
  return `${accountId}\n${itemId}`;
}

/**
 * A question's status once answered: the answer that shows no risk passes, "not applicable" does not
 * apply, and any other answer is something to fix. An audit that did not record the good answer
 * (version 1) leaves its questions as questions.
 */
function answered(item: Pick<ItemResult, 'status' | 'goodAnswer'>, answer: Answer | undefined): ItemStatus {
  if (item.status !== 'manual' || answer === undefined || item.goodAnswer === null) return item.status;
  if (answer === 'not-applicable') return 'not-applicable';
  return answerShowsRisk(item, answer) ? 'fail' : 'pass';
}

/** Each item's latest re-check and each question's answer, by itemKey: one pass over each. */
function latest(audit: StoredAudit): { rechecks: Map<string, Recheck>; answers: Map<string, ManualAnswer> } {
  const rechecks = new Map<string, Recheck>();
  for (const recheck of audit.rechecks) rechecks.set(itemKey(recheck.accountId, recheck.itemId), recheck);
  const answers = new Map<string, ManualAnswer>();
  for (const answer of audit.answers) answers.set(itemKey(answer.accountId, answer.itemId), answer);
  return { rechecks, answers };
}

type StatusInput = Pick<ItemResult, 'itemId' | 'status' | 'goodAnswer'>;

/**
 * Each item's status now, looked up without scanning the audit again: its latest re-check (by
 * Chaperone or by the person), else its question's answer, else what the audit found. The re-checks
 * and answers are gathered once, so a whole audit stays linear in its size.
 */
export function statusesNow(audit: StoredAudit): (accountId: string, item: StatusInput) => ItemStatus {
  const { rechecks, answers } = latest(audit);
  return (accountId, item) => {
    const key = itemKey(accountId, item.itemId);
    return rechecks.get(key)?.status ?? answered(item, answers.get(key)?.answer);
  };
}

/** An item's status now and its latest re-check (null when none); null when the audit has no such item. */
export function currentItemStatus(audit: StoredAudit, accountId: string, itemId: string): { status: ItemStatus; recheck: Recheck | null } | null {
  const items = accountId === ALL_ACCOUNTS ? audit.report.audit.questions : audit.report.audit.accounts.find((a) => a.account.id === accountId)?.items;
  const item = items?.find((i) => i.itemId === itemId);
  if (item === undefined) return null;
  const recheck = audit.rechecks.findLast((r) => r.accountId === accountId && r.itemId === itemId) ?? null;
  return { status: statusesNow(audit)(accountId, item), recheck };
}

/** An item of the audit as it stands now; `account` is null for a question asked once for all accounts. */
export interface ItemStanding { account: AccountResult | null; accountId: string; item: ItemResult; status: ItemStatus }

/** Every item of the audit as it stands now: the questions for all accounts first, then each account's. */
export function standings(audit: StoredAudit): ItemStanding[] {
  const statusNow = statusesNow(audit);
  const once = audit.report.audit.questions.map((item) => ({ account: null, accountId: ALL_ACCOUNTS, item, status: statusNow(ALL_ACCOUNTS, item) }));
  return [...once, ...audit.report.audit.accounts.flatMap((account) => account.items
    .map((item) => ({ account, accountId: account.account.id, item, status: statusNow(account.account.id, item) })))];
}

/**
 * The score as things stand now (main/shared/score.ts, the audit's own rule): re-checks, checks by
 * hand and answers count; the audit's own score stays what it read.
 */
export function scoreNow(audit: StoredAudit): Score {
  return scoreItems(standings(audit).map(({ item, status }) => ({ ...item, status })));
}

/** How far the person has got with an audit: the settings it found to fix that pass now, and the questions answered. */
export interface AuditProgress { fixed: number; toFix: number; answered: number; questions: number }

export function auditProgress(audit: StoredAudit): AuditProgress {
  const all = standings(audit);
  const found = all.filter(({ item }) => item.group === 'professional' && item.status === 'fail');
  const questions = all.filter(({ item }) => item.status === 'manual');
  const answered = new Set(audit.answers.map((a) => itemKey(a.accountId, a.itemId)));
  return {
    fixed: found.filter((i) => i.status === 'pass').length, toFix: found.length,
    answered: questions.filter((q) => answered.has(itemKey(q.accountId, q.item.itemId))).length, questions: questions.length,
  };
}

/** Safe statuses: a change from one of these to an unsafe one is a regression. */
const SAFE: ReadonlySet<ItemStatus> = new Set(['pass', 'not-applicable']);
const UNSAFE: ReadonlySet<ItemStatus> = new Set(['fail', 'unknown']);

interface Entry {
  change: Omit<ItemChange, 'before' | 'after'>;
  /** What the audit itself found. */
  found: ItemStatus;
  /** After any re-checks, checks by hand and answers. */
  status: ItemStatus;
  /** The status now rests on the person's own check by hand, not on Chaperone's reading. */
  byYou: boolean;
}

/** Every item of an audit, keyed by account and item, with what the audit found and its status now. */
function entries(audit: StoredAudit): Map<string, Entry> {
  const found = new Map<string, Entry>();
  const statusNow = statusesNow(audit);
  const { rechecks } = latest(audit);
  for (const result of audit.report.audit.accounts) {
    const { id: accountId, label: accountLabel } = result.account;
    for (const item of result.items) {
      found.set(itemKey(accountId, item.itemId), {
        change: { accountId, accountLabel, platformName: result.platformName, itemId: item.itemId, title: item.title },
        found: item.status, status: statusNow(accountId, item), byYou: rechecks.get(itemKey(accountId, item.itemId))?.byYou !== undefined,
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
 * now, including one fixed with "Check again" after that audit. Two things are not changes: a
 * setting the person checked by hand that Chaperone still cannot read (it needs their look again,
 * not alarm: it is listed with the other changes), and a question answered last time that waits
 * for its answer in this audit (left out until it is answered). With no
 * previous audit every list is empty.
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
    else if (was.found === 'manual' && was.status !== 'manual' && now.status === 'manual') continue;
    else if (was.byYou && now.status === 'unknown') comparison.otherChanges.push({ ...now.change, before: was.status, after: now.status });
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
