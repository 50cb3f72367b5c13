import { verifyFile } from '../engine/appraisal/verify.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import type { CliIo } from './io.ts';

/** `chaperone verify <file>`: 0 when the export is exactly as Chaperone wrote it, 1 with the reason otherwise. */
export async function verifyCommand(rest: string[], io: CliIo): Promise<number> {
  const [file, ...extra] = rest;
  if (file === undefined) throw new UsageError('Say which file to check: chaperone verify <file>.');
  if (extra.length > 0) throw new UsageError(`"chaperone verify" checks one file at a time, not: ${rest.join(' ')}`);
  const result = await verifyFile(file);
  if (!result.ok) {
    io.out(`${result.reason}\n`);
    return EXIT.findings;
  }
  io.out(`Unchanged since Chaperone made it on ${madeOn(result.generated)} (content fingerprint ${result.content.slice(0, 16)}…).\n`);
  return EXIT.ok;
}

function madeOn(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date).concat(' UTC');
}
