import type { StoredAudit } from '../../main/shared/api-contract.ts';
import { chaperone } from '../chaperone-api.ts';
import { CopySummary } from '../components/export/copy-summary.tsx';
import { SaveJson } from '../components/export/save-json.tsx';
import { auditSummaryText } from '../components/export/summary-text.ts';
import { longDate } from '../components/history/dates.ts';
import { AppLink } from '../components/link-button.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { useAsync } from '../hooks/use-async.ts';

/** The way into the appraisal summary: what it is for, and what can be taken away now. */
export function ExportScreen({ auditId }: { auditId: string }): React.JSX.Element {
  const audit = useAsync<StoredAudit>(() => chaperone().history.get({ auditId }), auditId);
  return (
    <Page title="Use this audit for your appraisal" caption={audit.state === 'ready' ? `Audit of ${longDate(audit.value.report.audit.startedAt)}` : undefined}>
      <p className="nhsuk-body">
        An audit of your social media is good supporting information. Doctors can add it to their portfolio for annual appraisal
        and revalidation. Nurses and midwives can use it for a reflective account for NMC revalidation.
      </p>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>A PDF appraisal summary, with a reflective note you write yourself, is coming in a later version of Chaperone.</p>
      </div>
      {audit.state === 'loading' && <Loading what="the audit" />}
      {audit.state === 'failed' && <Problem title="Chaperone could not open this audit"><p>{audit.message}</p></Problem>}
      {audit.state === 'ready' && (
        <>
          <SaveJson auditId={auditId} />
          <CopySummary text={auditSummaryText(audit.value)} />
        </>
      )}
      <p className="nhsuk-body"><AppLink to={{ name: 'results', auditId }}>Back to the results of this audit</AppLink></p>
    </Page>
  );
}
