import type { Account } from '../../../main/shared/api-contract.ts';
import { longDate } from '../../dates.ts';

/** An account's sign-in state in words: the headline, and (when something needs doing) why. */
export function sessionWords(account: Account): { text: string; needsYou: boolean; detail: string | null } {
  const check = account.lastSessionCheck;
  if (check === null) return { text: 'Not checked yet', needsYou: false, detail: null };
  const date = longDate(check.at);
  const checked = `checked ${date}`;
  const detail = `${check.detail} Last checked ${date}.`;
  switch (check.state) {
    case 'signed-in': return { text: `Signed in, ${checked}`, needsYou: false, detail: null };
    case 'signed-out':
    case 'challenge': return { text: 'Needs you to sign in', needsYou: true, detail };
    case 'rate-limited': return { text: 'Could not check: try again later', needsYou: true, detail };
    case 'automation-blocked': return { text: 'Could not check: read it with the window showing', needsYou: true, detail };
    case 'blocked':
    case 'unknown': return { text: 'Could not check', needsYou: true, detail };
  }
}

export function kindWords(kind: Account['kind']): string {
  return kind === 'personal' ? 'Personal (kept private)' : 'Professional (public on purpose)';
}
