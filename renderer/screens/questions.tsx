import { Page } from '../components/page.tsx';

export function QuestionsScreen({ auditId }: { auditId: string }): React.JSX.Element {
  return <Page title="QuestionsScreen"><p className="nhsuk-body">Being built ({auditId}).</p></Page>;
}
