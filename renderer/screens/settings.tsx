import { Page } from '../components/page.tsx';

export function SettingsScreen(): React.JSX.Element {
  return <Page title="SettingsScreen"><p className="nhsuk-body">Being built.</p></Page>;
}
