import type { AuditComparison, ItemChange } from '../../../main/shared/api-contract.ts';
import { ChangeTable } from './change-table.tsx';

type GroupKey = 'regressions' | 'improvements' | 'added' | 'removed' | 'otherChanges';

/** In this order on purpose: what got worse comes first (above), then what now passes. */
const GROUPS: { key: GroupKey; heading: string; intro: string }[] = [
  { key: 'improvements', heading: 'Now passes this check', intro: 'These needed fixing or could not be checked at the previous audit and pass this check now.' },
  { key: 'added', heading: 'New since the previous audit', intro: 'The previous audit did not check these items or accounts.' },
  { key: 'removed', heading: 'No longer checked', intro: 'The previous audit checked these items or accounts; this one did not.' },
  { key: 'otherChanges', heading: 'Other changes', intro: 'These changed in another way.' },
];

const counted = (heading: string, changes: readonly ItemChange[]): string => `${heading} (${String(changes.length)})`;

export function ChangeGroups({ comparison }: { comparison: AuditComparison }): React.JSX.Element {
  const { regressions, auditId, unchanged } = comparison;
  return (
    <>
      {regressions.length === 0
        ? <p className="nhsuk-body">Nothing got worse: everything that passed at the previous audit still does.</p>
        : (
          // A warning only when there is something to warn about.
          <div className="nhsuk-card nhsuk-card--warning">
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading">{counted('Got worse', regressions)}</h3>
              <p className="nhsuk-body">These passed at the previous audit and do not now. Look at these first.</p>
              <ChangeTable caption="Got worse" changes={regressions} auditId={auditId} />
            </div>
          </div>
        )}
      {GROUPS.filter((group) => comparison[group.key].length > 0).map((group) => (
        <section key={group.key} aria-labelledby={`changes-${group.key}`}>
          <h3 className="nhsuk-heading-s" id={`changes-${group.key}`}>{counted(group.heading, comparison[group.key])}</h3>
          <p className="nhsuk-body">{group.intro}</p>
          <ChangeTable caption={group.heading} changes={comparison[group.key]} auditId={auditId} />
        </section>
      ))}
      <p className="nhsuk-body">
        {unchanged === 1 ? '1 item has' : `${String(unchanged)} items have`} the same result as at the previous audit.
      </p>
    </>
  );
}
