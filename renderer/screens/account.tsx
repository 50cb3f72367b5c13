import { chaperone } from '../chaperone-api.ts';
import { AppLink } from '../components/link-button.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { AccountDetails } from '../components/results/account-details.tsx';
import { dateTimeText } from '../dates.ts';
import { useAsync } from '../hooks/use-async.ts';

/** One account of an audit, on its own page: what needs fixing and could not be checked open, the rest behind "Show …". */
export function AccountScreen({ auditId, accountId }: { auditId: string; accountId: string }): React.JSX.Element {
  const loaded = useAsync(() => chaperone().history.get({ auditId }), auditId);
  if (loaded.state === 'loading') return <Loading what="the account" />;
  const back = <AppLink className="nhsuk-back-link" to={{ name: 'results', auditId }}>Back to results</AppLink>;
  const account = loaded.state === 'ready' ? loaded.value.report.audit.accounts.find((a) => a.account.id === accountId) : undefined;
  if (loaded.state === 'failed' || account === undefined) {
    return (
      <>
        {back}
        <Page title="Account">
          <Problem title="Chaperone could not open this account">
            <p>{loaded.state === 'failed' ? loaded.message : 'This audit has no such account. Go back to the results and choose another.'}</p>
          </Problem>
        </Page>
      </>
    );
  }
  return (
    <>
      {back}
      <Page title={account.account.label} caption={`Audit of ${dateTimeText(loaded.value.report.audit.startedAt)}`}>
        <AccountDetails audit={loaded.value} account={account} level={2} />
        <p className="nhsuk-body"><AppLink to={{ name: 'results', auditId }}>Back to the results</AppLink></p>
      </Page>
    </>
  );
}
