import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { useNavigation } from '../../hooks/navigation.ts';
import { StatusTag } from '../status-tag.tsx';
import { byStatus, itemsNow, statusNow, type AccountReport, type ItemNow } from './audit-facts.ts';
import { CATEGORY_HEADING, CATEGORY_ORDER } from './words.ts';

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
  return (
    <>
      {CATEGORY_ORDER.map((category) => {
        const inCategory = items.filter((i) => i.item.category === category);
        if (inCategory.length === 0) return null;
        return (
          <section key={category} className="app-category">
            <h3 className="nhsuk-heading-s" id={`${prefix}-${category}`}>{CATEGORY_HEADING[category]}</h3>
            <ul className="nhsuk-task-list">
              {inCategory.map((entry, index) => {
                const id = `${prefix}-${category}-${String(index)}`;
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
