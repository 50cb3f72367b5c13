import { Page } from '../components/page.tsx';

export function ItemScreen({ auditId, accountId, itemId }: { auditId: string; accountId: string; itemId: string }): React.JSX.Element {
  return <Page title="ItemScreen"><p className="nhsuk-body">Being built ({auditId} {accountId} {itemId}).</p></Page>;
}
