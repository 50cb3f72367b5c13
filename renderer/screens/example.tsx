import { Page } from '../components/page.tsx';

export function ExampleScreen(): React.JSX.Element {
  return <Page title="ExampleScreen"><p className="nhsuk-body">Being built.</p></Page>;
}
