import type { ManualAnswer, StoredAudit } from '../shared/api-contract.ts';
import { ALL_ACCOUNTS, compareAudits } from '../shared/audit-view.ts';
import { ApiError } from './api-error.ts';
import { summarise } from './audit-summary.ts';
import type { HandlerDeps } from './deps.ts';
import { findAudit } from './find-record.ts';
import type { Handlers } from './handler-table.ts';
import { updateAudit } from './update-audit.ts';

type HistoryHandlers = Pick<Handlers, 'history:list' | 'history:get' | 'history:answer' | 'history:delete' | 'history:compare'>;

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
    'history:delete': async ({ auditId }) => {
      const data = await store.update((d) => {
        findAudit(d, auditId);
        return { ...d, history: d.history.filter((a) => a.id !== auditId) };
      });
      return data.history.map(summarise).reverse();
    },
  };
}
