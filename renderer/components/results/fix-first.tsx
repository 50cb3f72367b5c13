import { SCORE_CAVEAT } from '../../../main/shared/glossary.ts';
import type { Severity } from '../../../main/engine/checklist/model.ts';
import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { AppLink } from '../link-button.tsx';
import { standings, type ItemStanding } from '../../../main/shared/audit-view.ts';
import { accountName, unansweredCount } from './audit-facts.ts';
import { plural } from './words.ts';

const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low'];
const SEVERITY_LABEL: Record<Severity, string> = { high: 'High priority', medium: 'Medium priority', low: 'Low priority' };

/**
 * Every item that needs fixing now, across accounts, answers that show a risk among them:
 * professional items first, then by severity, then the audit's order.
 */
export function itemsToFix(audit: StoredAudit): ItemStanding[] {
  const all = standings(audit).filter((i) => i.status === 'fail');
  const rank = ({ item }: ItemStanding): number => (item.group === 'professional' ? 0 : 3) + SEVERITY_ORDER.indexOf(item.severity);
  return all.map((entry, index) => ({ entry, index })).sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index).map(({ entry }) => entry);
}

/**
 * The end: nothing needs fixing now. It says everything passes only when everything could be
 * checked; otherwise it says how many still need a look by hand.
 */
function NothingToFix({ audit }: { audit: StoredAudit }): React.JSX.Element {
  const unread = standings(audit).filter((i) => i.status === 'unknown').length;
  const unanswered = unansweredCount(audit);
  return (
    <div className="nhsuk-panel app-fixed" role="status">
      <h2 className="nhsuk-panel__heading">{unread === 0 ? 'Everything Chaperone can check passes' : 'Nothing Chaperone read needs fixing'}</h2>
      <div className="nhsuk-panel__body">
        {unread === 0
          ? (
            <>
              {SCORE_CAVEAT}{' '}
              {unanswered > 0 && <><AppLink to={{ name: 'questions', auditId: audit.id }}>Answer {plural(unanswered, 'question', 'questions')} only you can answer</AppLink>, then </>}
              <AppLink to={{ name: 'export', auditId: audit.id }}>{unanswered > 0 ? 'export your appraisal summary' : 'Export your appraisal summary'}</AppLink>.
            </>
          )
          : <>{plural(unread, 'item', 'items')} could not be checked: open its account below, then the item, to check it by hand and record what you found.</>}
      </div>
    </div>
  );
}

/** "Fix these first": what needs fixing, grouped by priority with the counts, most important first; each opens its item. */
export function FixFirst({ audit }: { audit: StoredAudit }): React.JSX.Element | null {
  const items = itemsToFix(audit);
  const professional = items.filter((i) => i.item.group === 'professional');
  if (items.length === 0) return <NothingToFix audit={audit} />;
  const counts = SEVERITY_ORDER.map((severity) => [severity, professional.filter((i) => i.item.severity === severity).length] as const)
    .filter(([, count]) => count > 0).map(([severity, count]) => `${String(count)} ${severity}`);
  // Ranked already: each priority is a group of its own, good privacy practice last.
  const groups = [
    ...SEVERITY_ORDER.map((severity) => ({ key: severity, heading: SEVERITY_LABEL[severity], entries: professional.filter((i) => i.item.severity === severity) })),
    { key: 'practice', heading: 'Good privacy practice', entries: items.filter((i) => i.item.group === 'privacy-practice') },
  ];
  return (
    <section aria-labelledby="fix-first" className="app-fix-first">
      <h2 className="nhsuk-heading-m" id="fix-first">Fix these first</h2>
      <p className="nhsuk-body">
        {plural(professional.length, 'item needs', 'items need')} fixing{counts.length === 0 ? '' : ` (${counts.join(', ')} priority)`}
        {items.length > professional.length && `, and ${plural(items.length - professional.length, 'item', 'items')} of good privacy practice`}.
        The most important come first.
      </p>
      {groups.map(({ key, heading, entries }) => entries.length === 0 ? null : (
        <section key={key} aria-labelledby={`fix-first-${key}`}>
          <h3 className="nhsuk-heading-s" id={`fix-first-${key}`}>{heading} ({entries.length})</h3>
          <ul className="nhsuk-list app-fix-first__list">
            {entries.map(({ account, accountId, item }) => (
              <li key={`${accountId} ${item.itemId}`}>
                <AppLink to={{ name: 'item', auditId: audit.id, accountId, itemId: item.itemId }}>{item.title}</AppLink>
                <span className="app-fix-first__where"> – {accountName(account)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
