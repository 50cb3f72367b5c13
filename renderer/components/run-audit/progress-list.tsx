import type { AccountProgress } from './progress-view.ts';
import { countsText } from './progress-view.ts';

const STATE_TAG: Record<AccountProgress['state'], { text: string; colour: string }> = {
  waiting: { text: 'Waiting', colour: 'nhsuk-tag--grey' },
  checking: { text: 'Checking now', colour: 'nhsuk-tag--blue' },
  done: { text: 'Done', colour: 'nhsuk-tag--green' },
  problem: { text: 'Could not read fully', colour: 'nhsuk-tag--orange' },
};

function Detail({ row }: { row: AccountProgress }): React.JSX.Element | null {
  if (row.state === 'checking') return <p className="nhsuk-body-s">{row.step ?? 'Getting ready'}…</p>;
  if (row.finished === null) return null;
  if (row.finished.error === null) return <p className="nhsuk-body-s">{countsText(row.finished.counts)}.</p>;
  return (
    <>
      <p className="nhsuk-body-s">{row.finished.error}</p>
      <p className="nhsuk-body-s">The results will say what to do. Often signing in again from Accounts, or running the audit again, fixes it.</p>
    </>
  );
}

/**
 * Progress in words and as a bar: how many accounts are done, and what each is doing now.
 * The tags say the state in words, so colour is never the only sign.
 */
export function ProgressList({ rows }: { rows: AccountProgress[] }): React.JSX.Element {
  const done = rows.filter((r) => r.state === 'done' || r.state === 'problem').length;
  return (
    <>
      <p className="nhsuk-body" id="audit-progress-label">{`${String(done)} of ${String(rows.length)} ${rows.length === 1 ? 'account' : 'accounts'} checked`}</p>
      <progress className="app-progress" max={Math.max(rows.length, 1)} value={done} aria-labelledby="audit-progress-label" />
      <ul className="nhsuk-task-list">
        {rows.map((row) => (
          <li key={row.accountId} className="nhsuk-task-list__item">
            <div className="nhsuk-task-list__name-and-hint">
              <div>{row.label}</div>
              <div className="nhsuk-task-list__hint"><Detail row={row} /></div>
            </div>
            <div className="nhsuk-task-list__status">
              <strong className={`nhsuk-tag ${STATE_TAG[row.state].colour}`}>{STATE_TAG[row.state].text}</strong>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
