/** The run's progress events, folded into what the screen shows per account. Pure. */
import { countsText as glossaryCounts } from '../../../main/shared/glossary.ts';
import type { ProgressEvent } from '../../../main/engine/audit/progress.ts';
import { plural } from '../results/words.ts';

type Finished = Extract<ProgressEvent, { type: 'account-finished' }>;

export interface AccountProgress {
  accountId: string;
  label: string;
  state: 'waiting' | 'checking' | 'done' | 'problem';
  step: string | null;
  finished: Finished | null;
}

export function accountProgress(accounts: { id: string; label: string }[], events: ProgressEvent[]): AccountProgress[] {
  const rows = new Map<string, AccountProgress>(accounts.map((a) => [a.id, { accountId: a.id, label: a.label, state: 'waiting', step: null, finished: null }]));
  const row = (accountId: string, label: string): AccountProgress => {
    const found = rows.get(accountId);
    if (found !== undefined) return found;
    const added: AccountProgress = { accountId, label, state: 'waiting', step: null, finished: null };
    rows.set(accountId, added);
    return added;
  };
  for (const event of events) {
    if (event.type === 'account-started') Object.assign(row(event.accountId, event.label), { state: 'checking', label: event.label });
    else if (event.type === 'step-started') {
      const found = rows.get(event.accountId);
      if (found !== undefined) Object.assign(found, { state: 'checking', step: event.step });
    } else if (event.type === 'account-finished') {
      Object.assign(row(event.accountId, event.label), { state: event.error === null ? 'done' : 'problem', step: null, finished: event });
    }
  }
  return [...rows.values()];
}

/** "1 to fix, 2 could not check, 9 questions for you, 3 passed": the glossary's words (main/shared/glossary.ts). */
export function countsText(counts: Finished['counts']): string {
  return glossaryCounts(counts, ', ');
}

/** The latest thing worth saying aloud, for the polite live region. */
export function announcement(events: ProgressEvent[], labels: Map<string, string>): string {
  const last = events.at(-1);
  if (last === undefined) return 'Starting the audit…';
  const label = (id: string): string => labels.get(id) ?? 'Account';
  switch (last.type) {
    case 'audit-started': return `Starting the audit of ${plural(last.accounts, 'account', 'accounts')}…`;
    case 'account-started': return `Checking ${last.label}…`;
    case 'step-started': return `${label(last.accountId)}: ${last.step}…`;
    case 'account-finished': return last.error === null
      ? `${last.label} checked: ${countsText(last.counts)}.`
      : `${last.label} could not be read fully.`;
    case 'audit-finished': return last.cancelled ? 'The audit stopped. Opening the results…' : 'The audit is finished. Opening the results…';
  }
}
