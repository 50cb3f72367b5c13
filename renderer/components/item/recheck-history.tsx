import type { Recheck } from '../../../main/shared/api-contract.ts';
import { StatusTag } from '../status-tag.tsx';
import { dateTimeText } from '../../dates.ts';
import { observedText } from '../results/words.ts';

/** When the item became safe: the first pass of the passes it has had since it last was not. */
export function fixedAt(rechecks: Recheck[], originalPassed: boolean): string | null {
  if (originalPassed || rechecks.at(-1)?.status !== 'pass') return null;
  let at: string | null = null;
  for (const recheck of [...rechecks].reverse()) {
    if (recheck.status !== 'pass') break;
    at = recheck.at;
  }
  return at;
}

/** Every "Check again" for this item, oldest first. */
export function RecheckHistory({ rechecks }: { rechecks: Recheck[] }): React.JSX.Element | null {
  if (rechecks.length === 0) return null;
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--m">Checked again</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">When</th>
          <th scope="col" className="nhsuk-table__header">Status</th>
          <th scope="col" className="nhsuk-table__header">What was read</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rechecks.map((recheck, index) => (
          <tr className="nhsuk-table__row" key={index}>
            <td className="nhsuk-table__cell">{dateTimeText(recheck.at)}</td>
            <td className="nhsuk-table__cell"><StatusTag status={recheck.status} /></td>
            <td className="nhsuk-table__cell">{recheck.observed === null ? (recheck.reason ?? 'Nothing could be read') : observedText(recheck.observed)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
