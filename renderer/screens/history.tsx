import { useEffect, useRef, useState } from 'react';
import type { AuditSummary } from '../../main/shared/api-contract.ts';
import { chaperone } from '../chaperone-api.ts';
import { AuditChanges } from '../components/history/audit-changes.tsx';
import { AuditTable, deleteButtonId } from '../components/history/audit-table.tsx';
import { longDate } from '../dates.ts';
import { DeleteConfirm } from '../components/history/delete-confirm.tsx';
import { EmptyHistory } from '../components/history/empty-history.tsx';
import { ScoreChart } from '../components/history/score-chart.tsx';
import { SCORE_CAVEAT } from '../../main/shared/glossary.ts';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { errorText, useAsync } from '../hooks/use-async.ts';

/** Past audits: the score over time, every audit in a table, and what changed since the one before. */
export function HistoryScreen(): React.JSX.Element {
  const loaded = useAsync(() => chaperone().history.list(), 'history');
  // After a deletion the handler returns the new list; it replaces the loaded one.
  const [afterDelete, setAfterDelete] = useState<AuditSummary[] | null>(null);
  const [compared, setCompared] = useState<{ id: string; chosen: boolean } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const audits = afterDelete ?? (loaded.state === 'ready' ? loaded.value : null);
  const newest = audits?.[0];
  const comparedAudit = audits?.find((a) => a.id === compared?.id) ?? newest;
  const toDelete = audits?.find((a) => a.id === confirming);

  const remove = (audit: AuditSummary): void => {
    if (busy) return;
    setBusy(true);
    chaperone().history.delete({ auditId: audit.id }).then((list) => {
      setAfterDelete(list);
      setConfirming(null);
      setCompared((c) => (c === null ? null : { ...c, chosen: false }));
      setFailure(null);
      setDone(`The audit of ${longDate(audit.startedAt)} has been deleted.`);
    }, (error: unknown) => { setFailure(errorText(error)); }).finally(() => { setBusy(false); });
  };
  const cancel = (auditId: string): void => {
    setConfirming(null);
    // Back to the button that opened the question.
    requestAnimationFrame(() => { document.getElementById(deleteButtonId(auditId))?.focus(); });
  };

  return (
    <Page title="Your audit history">
      {loaded.state === 'loading' && <Loading what="your past audits" />}
      {loaded.state === 'failed' && <Problem title="Chaperone could not read your past audits"><p>{loaded.message}</p></Problem>}
      {failure !== null && <Problem title="The audit could not be deleted"><p>{failure}</p></Problem>}
      {done !== null && <Done text={done} />}
      {audits?.length === 0 && <EmptyHistory />}
      {audits !== null && newest !== undefined && comparedAudit !== undefined && (
        <>
          <h2 className="nhsuk-heading-m">Your score over time</h2>
          {audits.length > 1
            ? <ScoreChart audits={audits} />
            : <p className="nhsuk-body">A chart of your score over time appears here after your second audit.</p>}
          <p className="nhsuk-body-s app-score-caveat">{SCORE_CAVEAT}</p>
          <h2 className="nhsuk-heading-m">Past audits</h2>
          <AuditTable
            audits={audits} comparedId={comparedAudit.id}
            onCompare={(id) => { setCompared({ id, chosen: true }); }}
            onDelete={(id) => { setDone(null); setFailure(null); setConfirming(id); }}
          />
          {toDelete !== undefined && (
            <DeleteConfirm audit={toDelete} busy={busy} onConfirm={() => { remove(toDelete); }} onCancel={() => { cancel(toDelete.id); }} />
          )}
          {/* Keyed on the list too: deleting an audit can change what the one after it is compared with. */}
          <AuditChanges key={`${comparedAudit.id}/${String(audits.length)}`} audit={comparedAudit} focus={compared?.chosen === true && compared.id === comparedAudit.id} />
        </>
      )}
    </Page>
  );
}

/** What just happened; takes focus, as the question that had it is gone. */
function Done({ text }: { text: string }): React.JSX.Element {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => { ref.current?.focus(); }, [text]);
  return <p className="nhsuk-body nhsuk-u-font-weight-bold" tabIndex={-1} ref={ref}>{text}</p>;
}
