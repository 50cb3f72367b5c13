import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { useNavigation } from '../../hooks/navigation.ts';
import { StatusTag } from '../status-tag.tsx';
import { byStatus, itemsNow, statusNow, type AccountReport, type ItemNow } from './audit-facts.ts';
import { CATEGORY_HEADING, CATEGORY_ORDER } from './words.ts';
import { PRIVACY_PRACTICE_HEADING, PRIVACY_PRACTICE_NOTE } from '../../../main/shared/guidance-words.ts';

/** The plain-words reason shown under an item that could not be checked or does not apply. */
function hintFor(audit: StoredAudit, accountId: string, { item, status }: ItemNow): string | null {
  if (status === 'unknown') {
    const recheck = statusNow(audit, accountId, item.itemId)?.recheck ?? null;
    return recheck?.reason ?? item.reason ?? 'Chaperone could not read this setting.';
  }
  if (status === 'not-applicable') return item.reason;
  return null;
}

/** An account's items by category, needing fixing first; each opens its own page. */
export function ItemGroups({ audit, account, prefix }: { audit: StoredAudit; account: AccountReport; prefix: string }): React.JSX.Element {
  const { navigate } = useNavigation();
  const items = byStatus(itemsNow(audit, account));
  const accountId = account.account.id;
  // The professional items by category, then good privacy practice apart: it is not in the score.
  const groups = [
    ...CATEGORY_ORDER.map((category) => ({
      key: category, heading: CATEGORY_HEADING[category], note: null,
      entries: items.filter((i) => i.item.category === category && i.item.group === 'professional'),
    })),
    { key: 'privacy-practice', heading: PRIVACY_PRACTICE_HEADING, note: PRIVACY_PRACTICE_NOTE, entries: items.filter((i) => i.item.group === 'privacy-practice') },
  ];
  return (
    <>
      {groups.map(({ key, heading, note, entries }) => {
        if (entries.length === 0) return null;
        return (
          <section key={key} className="app-category">
            <h3 className="nhsuk-heading-s" id={`${prefix}-${key}`}>{heading}</h3>
            {note !== null && <p className="nhsuk-body-s">{note}</p>}
            <ul className="nhsuk-task-list">
              {entries.map((entry, index) => {
                const id = `${prefix}-${key}-${String(index)}`;
                const hint = hintFor(audit, accountId, entry);
                return (
                  <li key={entry.item.itemId} className="nhsuk-task-list__item nhsuk-task-list__item--with-link">
                    <div className="nhsuk-task-list__name-and-hint">
                      <a
                        className="nhsuk-task-list__link nhsuk-link"
                        href="#item"
                        aria-describedby={hint === null ? `${id}-status` : `${id}-hint ${id}-status`}
                        onClick={(event) => {
                          event.preventDefault();
                          navigate({ name: 'item', auditId: audit.id, accountId, itemId: entry.item.itemId });
                        }}
                      >
                        {entry.item.title}
                      </a>
                      {hint !== null && <div className="nhsuk-task-list__hint" id={`${id}-hint`}>{hint}</div>}
                    </div>
                    <div className="nhsuk-task-list__status" id={`${id}-status`}><StatusTag status={entry.status} /></div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
