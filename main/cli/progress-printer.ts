import type { ProgressEvent } from '../engine/audit/progress.ts';
import { plainText } from '../engine/report/plain-text.ts';
import type { AccountSpec } from '../engine/types.ts';
import type { CliIo } from './io.ts';

/**
 * One line per step, so a clinician can see the audit moving and where it stopped. Labels and
 * problems may hold control characters, so every line goes through plainText.
 */
export function progressPrinter(cli: CliIo, accounts: readonly AccountSpec[]): (event: ProgressEvent) => void {
  const labels = new Map(accounts.map((a) => [a.id, a.label]));
  const label = (id: string): string => labels.get(id) ?? id;
  const io = { err: (text: string): void => { cli.err(plainText(text)); } };
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
