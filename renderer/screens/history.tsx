import { Page } from '../components/page.tsx';

export function HistoryScreen(): React.JSX.Element {
  return <Page title="HistoryScreen"><p className="nhsuk-body">Being built.</p></Page>;
}
