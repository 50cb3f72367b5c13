import type { Severity } from '../../../main/engine/checklist/model.ts';
import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { AppLink } from '../link-button.tsx';
import { itemsNow, unansweredCount, type AccountReport, type ItemReport } from './audit-facts.ts';
import { plural } from './words.ts';

const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low'];
const SEVERITY_LABEL: Record<Severity, string> = { high: 'High priority', medium: 'Medium priority', low: 'Low priority' };

interface ToFix { account: AccountReport; item: ItemReport }

/** Every item that needs fixing now, across accounts: professional items first, then by severity, then the audit's order. */
export function itemsToFix(audit: StoredAudit): ToFix[] {
  const all = audit.report.audit.accounts.flatMap((account) => itemsNow(audit, account)
    .filter((i) => i.status === 'fail').map(({ item }) => ({ account, item })));
  const rank = ({ item }: ToFix): number => (item.group === 'professional' ? 0 : 3) + SEVERITY_ORDER.indexOf(item.severity);
  return all.map((entry, index) => ({ entry, index })).sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index).map(({ entry }) => entry);
}

/**
 * The end: nothing needs fixing now. It says everything passes only when everything could be
 * checked; otherwise it says how many still need a look by hand.
 */
function NothingToFix({ audit }: { audit: StoredAudit }): React.JSX.Element {
  const unread = audit.report.audit.accounts.flatMap((account) => itemsNow(audit, account)).filter((i) => i.status === 'unknown').length;
  const unanswered = unansweredCount(audit);
  return (
    <div className="nhsuk-panel app-fixed" role="status">
      <h2 className="nhsuk-panel__heading">{unread === 0 ? 'Everything Chaperone can check passes' : 'Nothing Chaperone read needs fixing'}</h2>
      <div className="nhsuk-panel__body">
        {unread === 0
          ? (
            <>
              A good result does not show that your use of social media meets every professional standard.{' '}
              {unanswered > 0 && <><AppLink to={{ name: 'questions', auditId: audit.id }}>Answer {plural(unanswered, 'question', 'questions')} only you can answer</AppLink>, then </>}
              <AppLink to={{ name: 'export', auditId: audit.id }}>{unanswered > 0 ? 'export your appraisal summary' : 'Export your appraisal summary'}</AppLink>.
            </>
          )
          : <>{plural(unread, 'item', 'items')} could not be checked: open each one below to check it by hand.</>}
      </div>
    </div>
  );
}

/** "Fix these first": the ranked list of what needs fixing, with counts by severity; each opens its item. */
export function FixFirst({ audit }: { audit: StoredAudit }): React.JSX.Element | null {
  const items = itemsToFix(audit);
  const professional = items.filter((i) => i.item.group === 'professional');
  if (items.length === 0) return <NothingToFix audit={audit} />;
  const counts = SEVERITY_ORDER.map((severity) => [severity, professional.filter((i) => i.item.severity === severity).length] as const)
    .filter(([, count]) => count > 0).map(([severity, count]) => `${String(count)} ${severity}`);
  return (
    <section aria-labelledby="fix-first" className="app-fix-first">
      <h2 className="nhsuk-heading-m" id="fix-first">Fix these first</h2>
      <p className="nhsuk-body">
        {plural(professional.length, 'item needs', 'items need')} fixing{counts.length === 0 ? '' : ` (${counts.join(', ')} priority)`}
        {items.length > professional.length && `, and ${plural(items.length - professional.length, 'item', 'items')} of good privacy practice`}.
        The most important come first.
      </p>
      <ol className="nhsuk-list app-fix-first__list">
        {items.map(({ account, item }) => (
          <li key={`${account.account.id} ${item.itemId}`}>
            <AppLink to={{ name: 'item', auditId: audit.id, accountId: account.account.id, itemId: item.itemId }}>{item.title}</AppLink>
            <span className="nhsuk-body-s app-fix-first__where">
              {' '}{account.account.label} · {item.group === 'professional' ? SEVERITY_LABEL[item.severity] : 'Good privacy practice'}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
