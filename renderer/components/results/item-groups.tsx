import type { UnreadReason } from '../../../main/engine/types.ts';
import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { SELF_CHECK_TEXT } from '../../../main/shared/audit-view.ts';
import { CHECKED_BY_YOU } from '../../../main/shared/glossary.ts';
import { PRIVACY_PRACTICE_HEADING, PRIVACY_PRACTICE_NOTE } from '../../../main/shared/guidance-words.ts';
import { longDate } from '../../dates.ts';
import { useNavigation } from '../../hooks/navigation.ts';
import { AppLink } from '../link-button.tsx';
import { SectionHeading, type SectionLevel } from '../section-heading.tsx';
import { StatusTag } from '../status-tag.tsx';
import { byStatus, itemsNow, statusNow, type AccountReport, type ItemNow } from './audit-facts.ts';
import { CATEGORY_HEADING, CATEGORY_ORDER, plural } from './words.ts';

/** Reasons the account's own callout already gives: not repeated under each item. */
const ACCOUNT_REASONS: ReadonlySet<UnreadReason> = new Set(['signed-out', 'challenge', 'rate-limited', 'blocked', 'automation-blocked']);

/** The plain-words reason shown under an item that could not be checked or does not apply. */
function hintFor(audit: StoredAudit, accountId: string, { item, status }: ItemNow): string | null {
  const recheck = statusNow(audit, accountId, item.itemId)?.recheck ?? null;
  if (recheck?.byYou !== undefined) return `${CHECKED_BY_YOU} on ${longDate(recheck.at)}: ${SELF_CHECK_TEXT[recheck.byYou.found]}`;
  if (status === 'unknown') {
    if (recheck === null && item.unreadReason !== null && ACCOUNT_REASONS.has(item.unreadReason)) return null;
    return recheck?.reason ?? item.reason ?? 'Chaperone could not read this setting.';
  }
  if (status === 'not-applicable') return item.reason;
  return null;
}

/** Items as an NHS task list: each opens its own page, with its status and any reason. */
function TaskList({ audit, accountId, entries, prefix }: { audit: StoredAudit; accountId: string; entries: ItemNow[]; prefix: string }): React.JSX.Element {
  const { navigate } = useNavigation();
  return (
    <ul className="nhsuk-task-list">
      {entries.map((entry, index) => {
        const id = `${prefix}-${String(index)}`;
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
  );
}

const DONE: ReadonlySet<string> = new Set(['pass', 'not-applicable']);

/**
 * An account's items: what needs fixing or could not be checked, by category and needing fixing
 * first, then good privacy practice apart, then a line for its questions. What passed or does not
 * apply is behind "Show …", so the page stays short.
 */
export function ItemGroups({ audit, account, prefix, level }: { audit: StoredAudit; account: AccountReport; prefix: string; level: SectionLevel }): React.JSX.Element {
  const items = byStatus(itemsNow(audit, account));
  const accountId = account.account.id;
  // Questions are answered on their own screen: here they are one line with a link.
  const open = items.filter((i) => !DONE.has(i.status) && i.status !== 'manual');
  const questions = items.filter((i) => i.status === 'manual').length;
  const done = items.filter((i) => DONE.has(i.status));
  const groups = [
    ...CATEGORY_ORDER.map((category) => ({
      key: category, heading: CATEGORY_HEADING[category], note: null,
      entries: open.filter((i) => i.item.category === category && i.item.group === 'professional'),
    })),
    { key: 'privacy-practice', heading: PRIVACY_PRACTICE_HEADING, note: PRIVACY_PRACTICE_NOTE, entries: open.filter((i) => i.item.group === 'privacy-practice') },
  ];
  const passed = done.filter((i) => i.status === 'pass').length;
  const notApplicable = done.length - passed;
  const summary = [passed > 0 ? plural(passed, 'passed', 'passed') : null, notApplicable > 0 ? `${String(notApplicable)} not applicable` : null]
    .filter((part) => part !== null).join(' and ');
  return (
    <>
      {groups.map(({ key, heading, note, entries }) => entries.length === 0 ? null : (
        <section key={key} className="app-category">
          <SectionHeading level={level} id={`${prefix}-${key}`}>{heading}</SectionHeading>
          {note !== null && <p className="nhsuk-body-s">{note}</p>}
          <TaskList audit={audit} accountId={accountId} entries={entries} prefix={`${prefix}-${key}`} />
        </section>
      ))}
      {questions > 0 && (
        <p className="nhsuk-body">
          {plural(questions, 'question', 'questions')} about this account only you can answer:{' '}
          <AppLink to={{ name: 'questions', auditId: audit.id }}>answer the questions</AppLink>.
        </p>
      )}
      {done.length > 0 && (
        <details className="nhsuk-details app-done-items">
          <summary className="nhsuk-details__summary"><span className="nhsuk-details__summary-text">Show {summary}</span></summary>
          <div className="nhsuk-details__text">
            <TaskList audit={audit} accountId={accountId} entries={done} prefix={`${prefix}-done`} />
          </div>
        </details>
      )}
    </>
  );
}
