import { Page } from '../components/page.tsx';

export function ExportScreen({ auditId }: { auditId: string }): React.JSX.Element {
  return <Page title="ExportScreen"><p className="nhsuk-body">Being built ({auditId}).</p></Page>;
}
