import { Page } from '../components/page.tsx';

export function ResultsScreen({ auditId }: { auditId: string }): React.JSX.Element {
  return <Page title="ResultsScreen"><p className="nhsuk-body">Being built ({auditId}).</p></Page>;
}
