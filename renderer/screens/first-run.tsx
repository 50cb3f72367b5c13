import { Page } from '../components/page.tsx';

export function FirstRunScreen(): React.JSX.Element {
  return <Page title="FirstRunScreen"><p className="nhsuk-body">Being built.</p></Page>;
}
