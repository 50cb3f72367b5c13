import { useCallback, useState } from 'react';
import { AppHeader } from './components/app-header.tsx';
import { Loading } from './components/loading.tsx';
import { Problem } from './components/problem.tsx';
import { chaperone } from './chaperone-api.ts';
import { NavigationContext } from './hooks/navigation.ts';
import { useAsync } from './hooks/use-async.ts';
import type { Route } from './routes.ts';
import { Screen } from './screens/screen.tsx';

/** The window: header, the current screen, footer. First run until the user has saved their details. */
export function App(): React.JSX.Element {
  const profile = useAsync(() => chaperone().profile.get(), 'profile');
  const [chosen, setChosen] = useState<Route | null>(null);
  const navigate = useCallback((next: Route) => { setChosen(next); }, []);

  if (profile.state === 'loading') return <main className="nhsuk-width-container"><Loading what="Chaperone" /></main>;
  const route: Route = chosen ?? (profile.state === 'ready' && profile.value === null ? { name: 'first-run' } : { name: 'home' });
  return (
    <NavigationContext.Provider value={{ route, navigate }}>
      <AppHeader showNavigation={route.name !== 'first-run'} />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent">
          {profile.state === 'failed'
            ? <Problem title="Chaperone could not read your details"><p>{profile.message}</p></Problem>
            : <Screen route={route} />}
        </main>
      </div>
      <footer role="contentinfo" className="nhsuk-footer">
        <div className="nhsuk-width-container">
          <p className="nhsuk-body-s">Chaperone works only on this computer. It reads your settings and never changes them.</p>
        </div>
      </footer>
    </NavigationContext.Provider>
  );
}
