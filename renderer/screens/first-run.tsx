import { useEffect, useState } from 'react';
import { AboutChaperone } from '../components/first-run/about-chaperone.tsx';
import { DetailsForm } from '../components/first-run/details-form.tsx';
import { Notices } from '../components/home/notices.tsx';
import { Page } from '../components/page.tsx';
import { chaperone } from '../chaperone-api.ts';
import { useNavigation } from '../hooks/navigation.ts';
import { useAsync } from '../hooks/use-async.ts';

/** The first screen: what Chaperone is (and is not), then the user's details; next, their accounts. */
export function FirstRunScreen(): React.JSX.Element {
  const { navigate } = useNavigation();
  // A data file that could not be read, or is locked, is why the user is here again: say so first.
  const status = useAsync(() => chaperone().settings.status(), 'status');
  const [triedAgain, setTriedAgain] = useState(false);
  const opened = triedAgain && status.state === 'ready' && status.value.locked === null;
  // Their saved data opened: it has their details, so they go on to Home rather than enter them again.
  useEffect(() => { if (opened) navigate({ name: 'home' }); }, [opened, navigate]);
  return (
    <Page title="Set up Chaperone">
      {status.state === 'ready' && (
        <Notices status={status.value} triedAgain={triedAgain} onTryAgain={() => { setTriedAgain(true); status.reload(); }} />
      )}
      <AboutChaperone />
      <DetailsForm onSaved={() => { navigate({ name: 'accounts' }); }} />
    </Page>
  );
}
