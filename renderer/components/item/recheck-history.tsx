import type { Recheck } from '../../../main/shared/api-contract.ts';
import { SELF_CHECK_TEXT } from '../../../main/shared/audit-view.ts';
import { StatusTag } from '../status-tag.tsx';
import { dateTimeText } from '../../dates.ts';
import { observedText } from '../results/words.ts';

/**
 * When Chaperone read the item as fixed: the first pass of the passes it has had since it last was
 * not. A pass the person recorded by hand is theirs, not a fix Chaperone saw.
 */
export function fixedAt(rechecks: Recheck[], originalPassed: boolean): string | null {
  const last = rechecks.at(-1);
  if (originalPassed || last?.status !== 'pass' || last.byYou !== undefined) return null;
  let at: string | null = null;
  for (const recheck of [...rechecks].reverse()) {
    if (recheck.status !== 'pass') break;
    at = recheck.at;
  }
  return at;
}

function whatWasRead(recheck: Recheck): string {
  if (recheck.byYou !== undefined) {
    const note = recheck.byYou.note === '' ? '' : ` ${recheck.byYou.note}`;
    return `Checked by you: ${SELF_CHECK_TEXT[recheck.byYou.found]}.${note}`;
  }
  return recheck.observed === null ? (recheck.reason ?? 'Nothing could be read') : observedText(recheck.observed);
}

/** Every "Check again" and check by hand for this item, oldest first. */
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
            <td className="nhsuk-table__cell">{whatWasRead(recheck)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
