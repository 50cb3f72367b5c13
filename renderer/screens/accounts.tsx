import { Page } from '../components/page.tsx';

export function AccountsScreen(): React.JSX.Element {
  return <Page title="AccountsScreen"><p className="nhsuk-body">Being built.</p></Page>;
}
