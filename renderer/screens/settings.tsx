import { useState } from 'react';
import { DataLocation } from '../components/settings/data-location.tsx';
import { DeleteAllData } from '../components/settings/delete-all-data.tsx';
import { NextAudit } from '../components/settings/next-audit.tsx';
import { PreferencesForm } from '../components/settings/preferences-form.tsx';
import { YourAccounts } from '../components/settings/your-accounts.tsx';
import { YourDetails } from '../components/settings/your-details.tsx';
import { SuccessBanner } from '../components/summary/success-banner.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { chaperone } from '../chaperone-api.ts';
import { useNavigation } from '../hooks/navigation.ts';
import type { Notice } from '../routes.ts';
import { useAsync } from '../hooks/use-async.ts';

async function loadSettings() {
  const api = chaperone();
  const [settings, browsers, status, profile, accounts, history] = await Promise.all([
    api.settings.get(), api.settings.browsers(), api.settings.status(), api.profile.get(), api.accounts.list(), api.history.list(),
  ]);
  return { settings, browsers, status, profile, accounts, latestAuditAt: history[0]?.startedAt ?? null };
}

/** Your details and accounts (each with Change links), the browser and reminders, where the data is, and deleting it all. */
export function SettingsScreen({ notice }: { notice?: Notice | undefined }): React.JSX.Element {
  const { navigate } = useNavigation();
  const data = useAsync(loadSettings, 'settings');
  // The interval as last saved on this screen: the next audit's day follows it.
  const [months, setMonths] = useState<number | null>(null);
  return (
    <>
      {notice !== undefined && <SuccessBanner notice={notice} />}
      <Page title="Settings" focusHeading={notice === undefined}>
        {data.state === 'loading' && <Loading what="your settings" />}
        {data.state === 'failed' && <Problem title="Chaperone could not load your settings"><p>{data.message}</p></Problem>}
        {data.state === 'ready' && (
          <>
            {data.value.profile !== null && <YourDetails profile={data.value.profile} />}
            <YourAccounts accounts={data.value.accounts} />
            <PreferencesForm
              settings={data.value.settings} browsers={data.value.browsers}
              onSaved={(saved) => { setMonths(saved.reminderMonths); }}
            />
            <NextAudit latestAuditAt={data.value.latestAuditAt} months={months ?? data.value.settings.reminderMonths} />
            <DataLocation status={data.value.status} />
            <DeleteAllData onDeleted={() => { navigate({ name: 'first-run' }); }} />
          </>
        )}
      </Page>
    </>
  );
}
