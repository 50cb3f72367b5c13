import type { StoredAudit } from '../../main/shared/api-contract.ts';
import { chaperone } from '../chaperone-api.ts';
import { AppraisalForm } from '../components/export/appraisal-form.tsx';
import { SaveJson } from '../components/export/save-json.tsx';
import { longDate } from '../dates.ts';
import { AppLink } from '../components/link-button.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { useAsync } from '../hooks/use-async.ts';

/** The appraisal summary (reflection, choices, a preview, then PDF/text/JSON) and the full audit as JSON. */
export function ExportScreen({ auditId }: { auditId: string }): React.JSX.Element {
  const audit = useAsync<StoredAudit>(() => chaperone().history.get({ auditId }), auditId);
  return (
    <Page title="Use this audit for your appraisal" caption={audit.state === 'ready' ? `Audit of ${longDate(audit.value.report.audit.startedAt)}` : undefined}>
      <p className="nhsuk-body">
        An audit of your social media is good supporting information. Doctors can add it to their portfolio for annual appraisal
        and revalidation. Nurses and midwives can use it for a reflective account for NMC revalidation.
      </p>
      {audit.state === 'loading' && <Loading what="the audit" />}
      {audit.state === 'failed' && <Problem title="Chaperone could not open this audit"><p>{audit.message}</p></Problem>}
      {audit.state === 'ready' && (
        <>
          <AppraisalForm audit={audit.value} />
          <SaveJson auditId={auditId} />
        </>
      )}
      <p className="nhsuk-body"><AppLink to={{ name: 'results', auditId }}>Back to the results of this audit</AppLink></p>
    </Page>
  );
}
