import type { AuditComparison, ItemChange } from '../../../main/shared/api-contract.ts';
import { ChangeTable } from './change-table.tsx';

type GroupKey = 'regressions' | 'improvements' | 'added' | 'removed' | 'otherChanges';

/** In this order on purpose: what became unsafe comes first. */
const GROUPS: { key: GroupKey; heading: string; intro: string }[] = [
  { key: 'improvements', heading: 'Now safe', intro: 'These were not safe at the previous audit and pass now.' },
  { key: 'added', heading: 'New since the previous audit', intro: 'The previous audit did not check these items or accounts.' },
  { key: 'removed', heading: 'No longer checked', intro: 'The previous audit checked these items or accounts; this one did not.' },
  { key: 'otherChanges', heading: 'Other changes', intro: 'These changed in another way.' },
];

const counted = (heading: string, changes: readonly ItemChange[]): string => `${heading} (${String(changes.length)})`;

export function ChangeGroups({ comparison }: { comparison: AuditComparison }): React.JSX.Element {
  const { regressions, auditId, unchanged } = comparison;
  return (
    <>
      <div className="nhsuk-card nhsuk-card--warning">
        <div className="nhsuk-card__content">
          <h3 className="nhsuk-card__heading">{counted('No longer safe', regressions)}</h3>
          {regressions.length === 0
            ? <p className="nhsuk-body">None. Nothing that was safe at the previous audit has become unsafe.</p>
            : (
              <>
                <p className="nhsuk-body">These were safe at the previous audit and are not now. Look at these first.</p>
                <ChangeTable caption="No longer safe" changes={regressions} auditId={auditId} />
              </>
            )}
        </div>
      </div>
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
