import { useEffect, useMemo, useRef, useState } from 'react';
import { ExampleBanner } from '../components/example/example-banner.tsx';
import { ExampleItem } from '../components/example/example-item.tsx';
import { EXAMPLE_AUDIT_ID, loadExampleAudit } from '../components/example/load-example.ts';
import { AppLink } from '../components/link-button.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { AccountDetails } from '../components/results/account-details.tsx';
import { AccountRows } from '../components/results/account-rows.tsx';
import { FixFirst } from '../components/results/fix-first.tsx';
import { ScoreSummary } from '../components/results/score-summary.tsx';
import { NavigationContext, useNavigation } from '../hooks/navigation.ts';
import { useAsync } from '../hooks/use-async.ts';
import type { Route } from '../routes.ts';
import type { StoredAudit } from '../../main/shared/api-contract.ts';

/** One account of the example, in place: its heading takes focus; "Back" returns to the overview. */
function ExampleAccount({ audit, accountId, onClose }: { audit: StoredAudit; accountId: string; onClose: () => void }): React.JSX.Element | null {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, [accountId]);
  const account = audit.report.audit.accounts.find((a) => a.account.id === accountId);
  if (account === undefined) return null;
  return (
    <section aria-labelledby="example-account-heading">
      <h2 className="nhsuk-heading-m" id="example-account-heading" tabIndex={-1} ref={heading}>{account.account.label}</h2>
      <AccountDetails audit={audit} account={account} level={3} />
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onClose}>Back to the example audit</button>
    </section>
  );
}

/** "See an example audit": the Results screen's own parts, showing a made-up clinician's bundled audit. */
export function ExampleScreen(): React.JSX.Element {
  const example = useAsync(loadExampleAudit, 'example');
  const app = useNavigation();
  const [account, setAccount] = useState<string | null>(null);
  const [item, setItem] = useState<{ accountId: string; itemId: string } | null>(null);
  // What had focus when an account or item opened, to return to when it closes.
  const openers = useRef<(HTMLElement | null)[]>([]);
  // The example's accounts and items open here: it is not a stored audit, so their screens could not load it.
  const navigation = useMemo(() => ({
    route: app.route,
    navigate: (route: Route) => {
      if ((route.name !== 'item' && route.name !== 'account') || route.auditId !== EXAMPLE_AUDIT_ID) { app.navigate(route); return; }
      openers.current.push(document.activeElement instanceof HTMLElement ? document.activeElement : null);
      if (route.name === 'account') setAccount(route.accountId);
      else setItem({ accountId: route.accountId, itemId: route.itemId });
    },
  }), [app]);
  const close = (): void => {
    if (item !== null) setItem(null); else setAccount(null);
    const opener = openers.current.pop() ?? null;
    requestAnimationFrame(() => { opener?.focus(); });
  };

  return (
    <Page title="An example audit" caption="Made-up clinician">
      <ExampleBanner name={example.state === 'ready' ? example.value.report.profile.registeredName : null} />
      {example.state === 'loading' && <Loading what="the example audit" />}
      {example.state === 'failed' && <Problem title="The example could not be opened"><p>{example.message}</p></Problem>}
      {example.state === 'ready' && (
        <NavigationContext.Provider value={navigation}>
          {item !== null && <ExampleItem audit={example.value} {...item} onClose={close} />}
          {account !== null && (
            <div hidden={item !== null}><ExampleAccount audit={example.value} accountId={account} onClose={close} /></div>
          )}
          <div hidden={item !== null || account !== null}>
            <ScoreSummary audit={example.value} />
            <FixFirst audit={example.value} />
            <AccountRows audit={example.value} />
          </div>
        </NavigationContext.Provider>
      )}
      <h2 className="nhsuk-heading-m">Audit your own accounts</h2>
      <ul className="nhsuk-list">
        <li><AppLink to={{ name: 'accounts' }}>Add your accounts</AppLink></li>
        <li><AppLink to={{ name: 'run' }}>Run an audit</AppLink></li>
      </ul>
    </Page>
  );
}
