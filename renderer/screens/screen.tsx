import type { Route } from '../routes.ts';
import { AccountScreen } from './account.tsx';
import { AccountsScreen } from './accounts.tsx';
import { ChangeAccountScreen } from './change-account.tsx';
import { ChangeDetailsScreen } from './change-details.tsx';
import { ExampleScreen } from './example.tsx';
import { ExportScreen } from './export.tsx';
import { FirstRunScreen } from './first-run.tsx';
import { HistoryScreen } from './history.tsx';
import { HomeScreen } from './home.tsx';
import { ItemScreen } from './item.tsx';
import { PolicyCheckScreen, PolicyDocumentScreen, PolicyQuestionScreen, PolicyStartScreen } from './policy.tsx';
import { CheckAnswersScreen, QuestionScreen, QuestionsScreen } from './questions.tsx';
import { ResultsScreen } from './results.tsx';
import { RunAuditScreen } from './run-audit.tsx';
import { SettingsScreen } from './settings.tsx';

/** The screen for a route; `key` makes each route a fresh screen (state and focus start over). */
export function Screen({ route }: { route: Route }): React.JSX.Element {
  const key = JSON.stringify(route);
  switch (route.name) {
    case 'first-run': return <FirstRunScreen key={key} />;
    case 'home': return <HomeScreen key={key} />;
    case 'accounts': return <AccountsScreen key={key} notice={route.notice} />;
    case 'run': return <RunAuditScreen key={key} accountIds={route.accountIds} showBrowser={route.showBrowser === true} />;
    case 'results': return <ResultsScreen key={key} auditId={route.auditId} />;
    case 'account': return <AccountScreen key={key} auditId={route.auditId} accountId={route.accountId} />;
    case 'item': return <ItemScreen key={key} auditId={route.auditId} accountId={route.accountId} itemId={route.itemId} />;
    case 'questions': return <QuestionsScreen key={key} auditId={route.auditId} />;
    case 'question': return <QuestionScreen key={key} auditId={route.auditId} index={route.index} change={route.change === true} saved={route.saved ?? null} />;
    case 'check-answers': return <CheckAnswersScreen key={key} auditId={route.auditId} saved={route.saved ?? null} />;
    case 'history': return <HistoryScreen key={key} />;
    case 'export': return <ExportScreen key={key} auditId={route.auditId} />;
    case 'settings': return <SettingsScreen key={key} notice={route.notice} />;
    case 'change-details': return <ChangeDetailsScreen key={key} />;
    case 'change-account': return <ChangeAccountScreen key={key} accountId={route.accountId} field={route.field} from={route.from} />;
    case 'example': return <ExampleScreen key={key} />;
    case 'policy': return <PolicyStartScreen key={key} />;
    case 'policy-question': return <PolicyQuestionScreen key={key} index={route.index} change={route.change === true} />;
    case 'policy-check': return <PolicyCheckScreen key={key} />;
    case 'policy-document': return <PolicyDocumentScreen key={key} notice={route.notice} />;
  }
}
