/**
 * Changes one stored audit inside the store's update queue. The audit is looked up in the data the
 * change is applied to, never in an earlier read, so saves that overlap (two answers, an answer and
 * a draft) each build on the one before and none is lost.
 */
import type { AppStore } from '../engine/store/model.ts';
import type { StoredAudit } from '../shared/api-contract.ts';
import { findAudit } from './find-record.ts';

/** Resolves with the audit as it was saved; rejects (writing nothing) when it is gone or `change` throws. */
export async function updateAudit(store: AppStore, auditId: string, change: (audit: StoredAudit) => StoredAudit): Promise<StoredAudit> {
  const data = await store.update((d) => {
    const updated = change(findAudit(d, auditId));
    return { ...d, history: d.history.map((a) => (a.id === auditId ? updated : a)) };
  });
  return findAudit(data, auditId);
}
