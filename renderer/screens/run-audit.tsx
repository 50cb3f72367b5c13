import type { Account } from '../../main/shared/api-contract.ts';
import { chaperone } from '../chaperone-api.ts';
import { AppLink } from '../components/link-button.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { ProgressList } from '../components/run-audit/progress-list.tsx';
import { accountProgress, announcement } from '../components/run-audit/progress-view.ts';
import { RunProblem } from '../components/run-audit/run-problem.tsx';
import { useAuditRun } from '../components/run-audit/use-audit-run.ts';
import { plural } from '../components/results/words.ts';
import { useAsync } from '../hooks/use-async.ts';

const SECONDS_PER_ACCOUNT = 30;

/** What reading looks like to the platform: said plainly, once, before every audit starts. */
function WhatThePlatformSees(): React.JSX.Element {
  return (
    <>
      <h2 className="nhsuk-heading-m">What the platform sees</h2>
      <p className="nhsuk-body">
        Chaperone reads only your own settings pages, and your public profile as a stranger would see it. On each platform
        it opens one page at a time, at the pace a person would, in a browser that presents itself as your own installed browser: its
        name and version, your language and a normal window size.
      </p>
    </>
  );
}

function Explanation({ accounts, showBrowser }: { accounts: Account[]; showBrowser: boolean }): React.JSX.Element {
  const needSignIn = accounts.filter((a) => a.lastSessionCheck !== null && a.lastSessionCheck.state !== 'signed-in');
  return (
    <>
      <p className="nhsuk-body">Chaperone will check {accounts.length === 1 ? 'this account' : `these ${String(accounts.length)} accounts`}:</p>
      <ul className="nhsuk-list nhsuk-list--bullet">{accounts.map((a) => <li key={a.id}>{a.label}</li>)}</ul>
      <h2 className="nhsuk-heading-m">What happens</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {showBrowser
          ? <li>A browser window opens for each account, on its own profile. Its title starts “Chaperone — reading” and names the platform. Leave it open: it closes by itself when the account has been read.</li>
          : <li>A browser opens each account in its own profile, out of sight. You will not see a window.</li>}
        <li>Chaperone only reads your settings. It does not change anything or post anything.</li>
        <li>It takes about {SECONDS_PER_ACCOUNT} seconds for each account. You can cancel at any time.</li>
      </ul>
      <WhatThePlatformSees />
      {needSignIn.length > 0 && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            {needSignIn.map((a) => a.label).join(', ')} {needSignIn.length === 1 ? 'was' : 'were'} not signed in last time.
            {' '}<AppLink to={{ name: 'accounts' }}>Sign in again from Accounts</AppLink> first, or the audit will not be able to read {needSignIn.length === 1 ? 'it' : 'them'}.
          </p>
        </div>
      )}
    </>
  );
}

/** Run an audit of all accounts (or those named): what will happen, then live progress, then the results. */
export function RunAuditScreen({ accountIds, showBrowser = false }: { accountIds?: string[] | undefined; showBrowser?: boolean }): React.JSX.Element {
  const loaded = useAsync(() => chaperone().accounts.list(), 'accounts');
  const run = useAuditRun();
  if (loaded.state === 'loading') return <Loading what="your accounts" />;
  if (loaded.state === 'failed') {
    return <Page title="Run an audit"><Problem title="Chaperone could not read your accounts"><p>{loaded.message}</p></Problem></Page>;
  }
  const accounts = accountIds === undefined ? loaded.value : loaded.value.filter((a) => accountIds.includes(a.id));
  if (accounts.length === 0) {
    return (
      <Page title="Run an audit">
        <p className="nhsuk-body">You have not added any accounts yet.</p>
        <p className="nhsuk-body"><AppLink to={{ name: 'accounts' }}>Add an account</AppLink>, sign in to it, then come back here.</p>
      </Page>
    );
  }
  const { phase } = run;
  if (phase.name === 'ready' || phase.name === 'failed') {
    return (
      <Page title={showBrowser ? 'Read with the window showing' : 'Run an audit'}>
        {phase.name === 'failed'
          ? <RunProblem message={phase.message} onRetry={() => { run.start(accountIds, showBrowser); }} />
          : <Explanation accounts={accounts} showBrowser={showBrowser} />}
        {phase.name === 'ready' && (
          <button type="button" className="nhsuk-button" onClick={() => { run.start(accountIds, showBrowser); }}>
            {showBrowser ? 'Read with the window showing' : 'Start the audit'}
          </button>
        )}
      </Page>
    );
  }
  const rows = accountProgress(accounts, run.progress);
  const cancelling = phase.name === 'running' && phase.cancelling;
  const spoken = cancelling ? 'Stopping the audit…' : announcement(run.progress, new Map(rows.map((r) => [r.accountId, r.label])));
  return (
    <Page title="Audit in progress" caption={`Checking ${plural(accounts.length, 'account', 'accounts')}`}>
      <p className="nhsuk-body app-live" role="status" aria-live="polite">{spoken}</p>
      <ProgressList rows={rows} />
      <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={phase.name !== 'running'} onClick={() => { run.cancel(); }}>
        {cancelling ? 'Stopping…' : 'Cancel the audit'}
      </button>
    </Page>
  );
}
