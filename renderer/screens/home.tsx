import { Page } from '../components/page.tsx';

export function HomeScreen(): React.JSX.Element {
  return <Page title="HomeScreen"><p className="nhsuk-body">Being built.</p></Page>;
}
