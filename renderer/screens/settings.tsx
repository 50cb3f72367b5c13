import { DataLocation } from '../components/settings/data-location.tsx';
import { DeleteAllData } from '../components/settings/delete-all-data.tsx';
import { PreferencesForm } from '../components/settings/preferences-form.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Problem } from '../components/problem.tsx';
import { chaperone } from '../chaperone-api.ts';
import { useNavigation } from '../hooks/navigation.ts';
import { useAsync } from '../hooks/use-async.ts';

async function loadSettings() {
  const api = chaperone();
  const [settings, browsers, status] = await Promise.all([api.settings.get(), api.settings.browsers(), api.settings.status()]);
  return { settings, browsers, status };
}

/** The browser to use, the reminder interval, where the data is, and deleting it all. */
export function SettingsScreen(): React.JSX.Element {
  const { navigate } = useNavigation();
  const data = useAsync(loadSettings, 'settings');
  return (
    <Page title="Settings">
      {data.state === 'loading' && <Loading what="your settings" />}
      {data.state === 'failed' && <Problem title="Chaperone could not load your settings"><p>{data.message}</p></Problem>}
      {data.state === 'ready' && (
        <>
          <PreferencesForm settings={data.value.settings} browsers={data.value.browsers} />
          <DataLocation status={data.value.status} />
          <DeleteAllData onDeleted={() => { navigate({ name: 'first-run' }); }} />
        </>
      )}
    </Page>
  );
}
