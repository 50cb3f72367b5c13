import type { AuditSummary } from '../../../main/shared/api-contract.ts';
import { AppLink } from '../link-button.tsx';
import { longDate, shortTime } from '../../dates.ts';
import { scoreWords } from './score-words.ts';
import { isPartialAudit, partialAuditText, STATUS_LABEL } from '../../../main/shared/glossary.ts';

export const deleteButtonId = (auditId: string): string => `delete-${auditId}`;

interface Props {
  audits: readonly AuditSummary[];
  /** The audit whose changes are shown below the table. */
  comparedId: string;
  onCompare: (auditId: string) => void;
  onDelete: (auditId: string) => void;
}

/** Every past audit, newest first: the text alternative to the chart as well as the way into each. */
export function AuditTable({ audits, comparedId, onCompare, onDelete }: Props): React.JSX.Element {
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Your audits, newest first</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">Date</th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Score</th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Checked</th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">{STATUS_LABEL.fail}</th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">{STATUS_LABEL.unknown}</th>
          <th scope="col" className="nhsuk-table__header"><span className="nhsuk-u-visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {audits.map((audit) => {
          const date = longDate(audit.startedAt);
          return (
            <tr key={audit.id} className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__header">
                {date}
                <span className="nhsuk-body-s nhsuk-u-secondary-text-colour app-history-note">at {shortTime(audit.startedAt)}</span>
                {audit.cancelled && <span className="nhsuk-body-s app-history-note">Stopped before it finished</span>}
              </th>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                {/* Fewer than half read: the coverage comes before the number. */}
                {audit.score !== null && isPartialAudit(audit) && <span className="nhsuk-body-s app-history-note app-partial-audit">{partialAuditText(audit)}</span>}
                {scoreWords(audit.score)}
              </td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{audit.coverage}%</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{audit.fail}</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{audit.unknown}</td>
              <td className="nhsuk-table__cell">
                <ul className="nhsuk-list app-history-actions">
                  <li>
                    <AppLink to={{ name: 'results', auditId: audit.id }}>
                      View results<span className="nhsuk-u-visually-hidden"> of the audit of {date}</span>
                    </AppLink>
                  </li>
                  <li>
                    {audit.id === comparedId
                      ? <span className="nhsuk-body-s">Changes shown below</span>
                      : (
                        <button type="button" className="app-history-action" onClick={() => { onCompare(audit.id); }}>
                          What changed<span className="nhsuk-u-visually-hidden"> in the audit of {date}</span>
                        </button>
                      )}
                  </li>
                  <li>
                    <button type="button" id={deleteButtonId(audit.id)} className="app-history-action" onClick={() => { onDelete(audit.id); }}>
                      Delete<span className="nhsuk-u-visually-hidden"> the audit of {date}</span>
                    </button>
                  </li>
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
