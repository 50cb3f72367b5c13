import type { ItemStatus } from '../../../main/engine/audit/model.ts';
import type { ItemChange } from '../../../main/shared/api-contract.ts';
import { AppLink } from '../link-button.tsx';
import { statusLabel } from '../status-tag.tsx';

const inWords = (status: ItemStatus | null): string => (status === null ? 'Not checked' : statusLabel(status));

/** One group of changes: which account, which item, and its result before and now, in words. */
export function ChangeTable({ caption, changes, auditId }: { caption: string; changes: readonly ItemChange[]; auditId: string }): React.JSX.Element {
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">Account</th>
          <th scope="col" className="nhsuk-table__header">Item</th>
          <th scope="col" className="nhsuk-table__header">Before</th>
          <th scope="col" className="nhsuk-table__header">Now</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {changes.map((change) => (
          <tr key={`${change.accountId}/${change.itemId}`} className="nhsuk-table__row">
            <td className="nhsuk-table__cell">{change.accountLabel}</td>
            <td className="nhsuk-table__cell">
              {change.after === null
                ? change.title
                : <AppLink to={{ name: 'item', auditId, accountId: change.accountId, itemId: change.itemId }}>{change.title}</AppLink>}
            </td>
            <td className="nhsuk-table__cell">{inWords(change.before)}</td>
            <td className="nhsuk-table__cell"><strong>{inWords(change.after)}</strong></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
