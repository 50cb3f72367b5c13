import type { ProgressEvent } from '../engine/audit/progress.ts';
import type { AccountSpec } from '../engine/types.ts';
import type { CliIo } from './io.ts';

/** One line per step, so a clinician can see the audit moving and where it stopped. */
export function progressPrinter(io: CliIo, accounts: readonly AccountSpec[]): (event: ProgressEvent) => void {
  const label = (id: string): string => accounts.find((a) => a.id === id)?.label ?? id;
  return (event) => {
    switch (event.type) {
      case 'audit-started':
        io.err(`Auditing ${String(event.accounts)} account${event.accounts === 1 ? '' : 's'}…\n`);
        break;
      case 'step-started':
        io.err(`  [${label(event.accountId)}] ${event.step}…\n`);
        break;
      case 'account-finished':
        io.err(`  [${event.label}] done${event.error === null ? '' : `, with a problem: ${event.error}`}\n`);
        break;
      case 'audit-finished':
        if (event.cancelled) io.err('Audit cancelled: showing what was checked before it stopped.\n');
        break;
      case 'account-started':
        break;
    }
  };
}
