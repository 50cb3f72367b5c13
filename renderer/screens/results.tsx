import type { StoredAudit } from '../../main/shared/api-contract.ts';
import { chaperone } from '../chaperone-api.ts';
import { AppLink } from '../components/link-button.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { AccountRows } from '../components/results/account-rows.tsx';
import { unansweredCount } from '../components/results/audit-facts.ts';
import { FixFirst, itemsToFix } from '../components/results/fix-first.tsx';
import { ScoreSummary } from '../components/results/score-summary.tsx';
import { plural } from '../components/results/words.ts';
import { dateTimeText } from '../dates.ts';
import { useAsync } from '../hooks/use-async.ts';

function NextSteps({ audit }: { audit: StoredAudit }): React.JSX.Element {
  const unanswered = unansweredCount(audit);
  return (
    <ul className="nhsuk-list app-next-steps">
      <li>
        <AppLink to={{ name: 'questions', auditId: audit.id }}>
          {unanswered === 0 ? 'Review your answers to the questions' : `Answer ${plural(unanswered, 'question', 'questions')} only you can answer`}
        </AppLink>
      </li>
      <li><AppLink to={{ name: 'export', auditId: audit.id }}>Export this audit for your appraisal</AppLink></li>
    </ul>
  );
}

/** The audit: overall score with coverage, what to fix first, then one row per account linking to its own page. */
export function ResultsScreen({ auditId }: { auditId: string }): React.JSX.Element {
  const loaded = useAsync(() => chaperone().history.get({ auditId }), auditId);
  if (loaded.state === 'loading') return <Loading what="the audit" />;
  if (loaded.state === 'failed') {
    return (
      <Page title="Audit results">
        <Problem title="Chaperone could not open this audit"><p>{loaded.message}</p></Problem>
        <p className="nhsuk-body"><AppLink to={{ name: 'history' }}>See your past audits</AppLink></p>
      </Page>
    );
  }
  const audit = loaded.value;
  const { startedAt, cancelled } = audit.report.audit;
  return (
    <Page title="Audit results" caption={`Audit of ${dateTimeText(startedAt)}`}>
      {cancelled && (
        <div className="nhsuk-card nhsuk-card--warning">
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading">This audit was cancelled</h2>
            <p className="nhsuk-card__description">
              It stopped before it finished, so some items show as could not check. Run a new audit to check everything.
            </p>
          </div>
        </div>
      )}
      <ScoreSummary audit={audit} />
      <FixFirst audit={audit} />
      <h2 className="nhsuk-heading-m">What to do next</h2>
      {itemsToFix(audit).length > 0 && <p className="nhsuk-body">Open an item that needs fixing to see how to fix it, then check it again.</p>}
      <NextSteps audit={audit} />
      <AccountRows audit={audit} />
    </Page>
  );
}
