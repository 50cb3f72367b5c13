import { useState } from 'react';
import { AuditReminder } from '../components/home/audit-reminder.tsx';
import { olderThanMonths } from '../dates.ts';
import { loadHome, type HomeData } from '../components/home/home-data.ts';
import { LatestAudit } from '../components/home/latest-audit.tsx';
import { NoAccounts } from '../components/home/no-accounts.tsx';
import { NoBrowser } from '../components/home/no-browser.tsx';
import { Notices } from '../components/home/notices.tsx';
import { HomeTaskList } from '../components/home/task-list.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { useNavigation } from '../hooks/navigation.ts';
import { useAsync } from '../hooks/use-async.ts';

function Dashboard({ data, onCheckAgain }: { data: HomeData; onCheckAgain: () => void }): React.JSX.Element {
  const { navigate } = useNavigation();
  const [lookedAgain, setLookedAgain] = useState(false);
  const [triedAgain, setTriedAgain] = useState(false);
  const latest = data.history[0];
  const canRun = data.browsers.length > 0 && data.accounts.length > 0;
  const overdue = latest !== undefined && olderThanMonths(latest.startedAt, data.settings.reminderMonths, new Date());
  return (
    <>
      <Notices status={data.status} triedAgain={triedAgain} onTryAgain={() => { setTriedAgain(true); onCheckAgain(); }} />
      {data.browsers.length === 0 && <NoBrowser lookedAgain={lookedAgain} onCheckAgain={() => { setLookedAgain(true); onCheckAgain(); }} />}
      {data.accounts.length === 0 ? <NoAccounts /> : (
        <>
          {overdue && <AuditReminder lastAuditAt={latest.startedAt} months={data.settings.reminderMonths} canRun={canRun} />}
          <HomeTaskList accounts={data.accounts} latest={latest} reminderMonths={data.settings.reminderMonths} policy={data.policy} />
          {latest === undefined && <p className="nhsuk-body">You have not run an audit yet. It reads the settings of each account you added and takes a few minutes.</p>}
          {/* The overdue reminder has its own "Run an audit": one is enough. */}
          {canRun && !overdue && (
            <button className="nhsuk-button" type="button" onClick={() => { navigate({ name: 'run' }); }}>Run an audit</button>
          )}
          {latest !== undefined && <LatestAudit audit={latest} />}
        </>
      )}
    </>
  );
}

/** The dashboard: notices, then the next step (add an account, install a browser, or run an audit). */
export function HomeScreen(): React.JSX.Element {
  const data = useAsync(loadHome, 'home');
  return (
    <Page title="Your social media audit">
      {data.state === 'loading' && <Loading what="your audits" />}
      {data.state === 'failed' && <Problem title="Chaperone could not load this page"><p>{data.message}</p></Problem>}
      {data.state === 'ready' && <Dashboard data={data.value} onCheckAgain={data.reload} />}
    </Page>
  );
}
