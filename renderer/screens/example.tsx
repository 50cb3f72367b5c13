import { useMemo, useRef, useState } from 'react';
import { ExampleBanner } from '../components/example/example-banner.tsx';
import { ExampleItem } from '../components/example/example-item.tsx';
import { EXAMPLE_AUDIT_ID, loadExampleAudit } from '../components/example/load-example.ts';
import { AppLink } from '../components/link-button.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { AccountCard } from '../components/results/account-card.tsx';
import { FixFirst } from '../components/results/fix-first.tsx';
import { ScoreSummary } from '../components/results/score-summary.tsx';
import { NavigationContext, useNavigation } from '../hooks/navigation.ts';
import { useAsync } from '../hooks/use-async.ts';
import type { Route } from '../routes.ts';

/** "See an example audit": the Results screen's own parts, showing a made-up clinician's bundled audit. */
export function ExampleScreen(): React.JSX.Element {
  const example = useAsync(loadExampleAudit, 'example');
  const app = useNavigation();
  const [open, setOpen] = useState<{ accountId: string; itemId: string } | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  // Items of the example open here: it is not a stored audit, so the item screen could not load it.
  const navigation = useMemo(() => ({
    route: app.route,
    navigate: (route: Route) => {
      if (route.name !== 'item' || route.auditId !== EXAMPLE_AUDIT_ID) { app.navigate(route); return; }
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpen({ accountId: route.accountId, itemId: route.itemId });
    },
  }), [app]);
  const close = (): void => { setOpen(null); requestAnimationFrame(() => { opener.current?.focus(); }); };

  return (
    <Page title="An example audit" caption="Made-up clinician">
      <ExampleBanner name={example.state === 'ready' ? example.value.report.profile.registeredName : null} />
      {example.state === 'loading' && <Loading what="the example audit" />}
      {example.state === 'failed' && <Problem title="The example could not be opened"><p>{example.message}</p></Problem>}
      {example.state === 'ready' && (
        <NavigationContext.Provider value={navigation}>
          {open !== null && <ExampleItem audit={example.value} {...open} onClose={close} />}
          <div hidden={open !== null}>
            <ScoreSummary audit={example.value} />
            <FixFirst audit={example.value} />
            {example.value.report.audit.accounts.map((account, index) => (
              <AccountCard key={account.account.id} audit={example.value} account={account} index={index} />
            ))}
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
