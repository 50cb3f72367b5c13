import type { ManualAnswer, PreviousAnswer, StoredAudit } from '../shared/api-contract.ts';
import { ALL_ACCOUNTS, compareAudits } from '../shared/audit-view.ts';
import { ApiError } from './api-error.ts';
import { summarise } from './audit-summary.ts';
import type { HandlerDeps } from './deps.ts';
import { findAudit } from './find-record.ts';
import type { Handlers } from './handler-table.ts';
import { updateAudit } from './update-audit.ts';

type HistoryHandlers = Pick<Handlers, 'history:list' | 'history:get' | 'history:answer' | 'history:delete' | 'history:compare' | 'history:previousAnswers'>;

/** The stored audit that started most recently before this one; null when this is the first. */
export function previousAudit(history: readonly StoredAudit[], audit: StoredAudit): StoredAudit | null {
  const started = Date.parse(audit.report.audit.startedAt);
  let previous: StoredAudit | null = null;
  for (const other of history) {
    const at = Date.parse(other.report.audit.startedAt);
    if (other.id !== audit.id && at < started && (previous === null || at > Date.parse(previous.report.audit.startedAt))) previous = other;
  }
  return previous;
}

/**
 * The latest earlier answer to each question, keyed by account id (or ALL_ACCOUNTS) and item id:
 * of the audits that started before this one, the most recent audit's answer wins (within one
 * audit, the latest). Later audits are never looked at, so an old audit is not given newer answers.
 */
export function previousAnswers(history: readonly StoredAudit[], audit: StoredAudit): PreviousAnswer[] {
  const started = Date.parse(audit.report.audit.startedAt);
  const earlier = history.filter((other) => other.id !== audit.id && Date.parse(other.report.audit.startedAt) < started)
    .sort((a, b) => Date.parse(a.report.audit.startedAt) - Date.parse(b.report.audit.startedAt));
  const latest = new Map<string, PreviousAnswer>();
  for (const other of earlier) {
    const answers = [...other.answers].sort((a, b) => Date.parse(a.answeredAt) - Date.parse(b.answeredAt));
    for (const answer of answers) latest.set(JSON.stringify([answer.accountId, answer.itemId]), { ...answer, auditId: other.id });
  }
  return [...latest.values()];
}

export function historyHandlers({ store, now }: HandlerDeps): HistoryHandlers {
  return {
    // Newest first: the screen and the export both start from the latest audit.
    'history:list': () => Promise.resolve(store.read().history.map(summarise).reverse()),
    'history:get': ({ auditId }) => Promise.resolve(findAudit(store.read(), auditId)),
    'history:answer': ({ auditId, accountId, itemId, answer, note }) => {
      const recorded: ManualAnswer = { accountId, itemId, answer, note: note?.trim() ?? '', answeredAt: now().toISOString() };
      return updateAudit(store, auditId, (audit) => {
        const items = accountId === ALL_ACCOUNTS ? audit.report.audit.questions
          : audit.report.audit.accounts.find((a) => a.account.id === accountId)?.items;
        const item = items?.find((i) => i.itemId === itemId);
        if (item?.status !== 'manual') throw new ApiError('That question is not part of this audit.');
        return { ...audit, answers: [...audit.answers.filter((a) => a.accountId !== accountId || a.itemId !== itemId), recorded] };
      });
    },
    'history:compare': ({ auditId }) => {
      const data = store.read();
      const audit = findAudit(data, auditId);
      return Promise.resolve(compareAudits(previousAudit(data.history, audit), audit));
    },
    'history:previousAnswers': ({ auditId }) => {
      const data = store.read();
      return Promise.resolve(previousAnswers(data.history, findAudit(data, auditId)));
    },
    'history:delete': async ({ auditId }) => {
      const data = await store.update((d) => {
        findAudit(d, auditId);
        return { ...d, history: d.history.filter((a) => a.id !== auditId) };
      });
      return data.history.map(summarise).reverse();
    },
  };
}
