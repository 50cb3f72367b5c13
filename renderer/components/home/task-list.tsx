import type { Account, AuditSummary, StoredPolicy } from '../../../main/shared/api-contract.ts';
import { longDate, olderThanMonths } from '../../dates.ts';
import { useNavigation } from '../../hooks/navigation.ts';
import type { Route } from '../../routes.ts';

/** A task's status as the design system's task list writes it: plain when done, a tag when not, grey when it cannot start. */
type TaskStatus = { text: string; state: 'done' | 'todo' | 'due' | 'blocked' };

interface Task { name: string; to: Route | null; hint: string | null; status: TaskStatus }

const TAG: Record<TaskStatus['state'], string | null> = { done: null, todo: 'nhsuk-tag--blue', due: 'nhsuk-tag--orange', blocked: null };

const cannotStart: TaskStatus = { text: 'Cannot start yet', state: 'blocked' };

function accountsStatus(accounts: readonly Account[]): TaskStatus {
  if (accounts.length === 0) return { text: 'Not started', state: 'todo' };
  const checked = accounts.filter((a) => a.lastSessionCheck !== null);
  const signedIn = checked.filter((a) => a.lastSessionCheck?.state === 'signed-in').length;
  if (checked.length < accounts.length) return { text: `${String(accounts.length)} added`, state: 'done' };
  return signedIn === accounts.length ? { text: `${String(signedIn)} signed in`, state: 'done' } : { text: `${String(signedIn)} of ${String(accounts.length)} signed in`, state: 'todo' };
}

/** The social media policy: not started, started, written on a day, or due for review (its review date has come). */
function policyStatus(policy: StoredPolicy | null | 'unknown', now: Date): TaskStatus {
  if (policy === 'unknown') return { text: 'Could not be read', state: 'todo' };
  if (policy?.written == null || policy.writtenOn === null) return { text: policy?.answers == null ? 'Not started' : 'Started', state: 'todo' };
  if (policy.written.reviewOn <= now.toLocaleDateString('en-CA')) return { text: 'Review due', state: 'due' };
  return { text: `Written on ${longDate(`${policy.writtenOn}T12:00:00`)}`, state: 'done' };
}

const policyTask = (policy: StoredPolicy | null | 'unknown', now: Date): Task => ({
  name: 'Social media policy', to: { name: 'policy' }, hint: 'A personal or practice policy written from your answers', status: policyStatus(policy, now),
});

/** The steps from first run to an appraisal summary, each with its status and a link to it (NHS task list). */
function tasks(accounts: readonly Account[], latest: AuditSummary | undefined, reminderMonths: number, policy: StoredPolicy | null | 'unknown', now: Date): Task[] {
  const audit: TaskStatus = latest === undefined ? { text: 'Not started', state: accounts.length === 0 ? 'blocked' : 'todo' }
    : olderThanMonths(latest.startedAt, reminderMonths, now) ? { text: 'Due again', state: 'due' } : { text: longDate(latest.startedAt), state: 'done' };
  const list: Task[] = [
    { name: 'Your details', to: { name: 'settings' }, hint: 'Your name, profession and regulator', status: { text: 'Completed', state: 'done' } },
    { name: 'Your accounts', to: { name: 'accounts' }, hint: 'Add each account and sign in once', status: accountsStatus(accounts) },
    {
      name: 'Audit', to: latest === undefined ? (accounts.length === 0 ? null : { name: 'run' }) : { name: 'results', auditId: latest.id },
      hint: latest === undefined ? 'Read each account’s settings' : 'See the results of your latest audit', status: audit,
    },
  ];
  if (latest === undefined) {
    return [...list, ...['Fixes', 'Questions', 'Appraisal summary'].map((name) => ({ name, to: null, hint: null, status: cannotStart })), policyTask(policy, now)];
  }
  const { fixed, toFix, answered, questions } = latest.progress;
  return [
    ...list,
    {
      name: 'Fixes', to: { name: 'results', auditId: latest.id }, hint: 'Change the settings that need fixing, then check them again',
      status: toFix === 0 ? { text: 'Nothing to fix', state: 'done' } : { text: `${String(fixed)} of ${String(toFix)} fixed`, state: fixed === toFix ? 'done' : 'todo' },
    },
    {
      name: 'Questions', to: { name: 'questions', auditId: latest.id }, hint: 'Questions only you can answer',
      status: { text: `${String(answered)} of ${String(questions)} answered`, state: answered === questions ? 'done' : 'todo' },
    },
    {
      name: 'Appraisal summary', to: { name: 'export', auditId: latest.id }, hint: 'Your reflection and a summary for your appraiser',
      status: latest.appraisalStarted ? { text: 'Started', state: 'todo' } : { text: 'Not started', state: 'todo' },
    },
    policyTask(policy, now),
  ];
}

/** Home's task list: Your details · Accounts · Audit · Fixes · Questions · Appraisal summary · Social media policy. */
export function HomeTaskList({ accounts, latest, reminderMonths, policy }: {
  accounts: readonly Account[]; latest: AuditSummary | undefined; reminderMonths: number; policy: StoredPolicy | null | 'unknown';
}): React.JSX.Element {
  const { navigate } = useNavigation();
  return (
    <ul className="nhsuk-task-list app-home-tasks">
      {tasks(accounts, latest, reminderMonths, policy, new Date()).map(({ name, to, hint, status }, index) => {
        const id = `task-${String(index)}`;
        const tag = TAG[status.state];
        return (
          <li key={name} className={`nhsuk-task-list__item${to === null ? '' : ' nhsuk-task-list__item--with-link'}`}>
            <div className="nhsuk-task-list__name-and-hint">
              {to === null ? <div>{name}</div> : (
                <a
                  className="nhsuk-link nhsuk-task-list__link" href={`#${to.name}`}
                  aria-describedby={hint === null ? `${id}-status` : `${id}-hint ${id}-status`}
                  onClick={(event) => { event.preventDefault(); navigate(to); }}
                >
                  {name}
                </a>
              )}
              {hint !== null && <div className="nhsuk-task-list__hint" id={`${id}-hint`}>{hint}</div>}
            </div>
            <div className={`nhsuk-task-list__status${status.state === 'blocked' ? ' nhsuk-task-list__status--cannot-start-yet' : ''}`} id={`${id}-status`}>
              {tag === null ? status.text : <strong className={`nhsuk-tag ${tag}`}>{status.text}</strong>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
