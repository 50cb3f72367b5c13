import { Page } from '../components/page.tsx';

export function RunAuditScreen({ accountIds }: { accountIds?: string[] | undefined }): React.JSX.Element {
  return <Page title="RunAuditScreen"><p className="nhsuk-body">Being built ({accountIds?.join(', ') ?? 'all'}).</p></Page>;
}
