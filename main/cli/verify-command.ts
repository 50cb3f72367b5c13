import { verifyBytes } from '../engine/appraisal/verify.ts';
import { INPUT_LIMITS, readInputFile } from '../engine/files/read-input-file.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import type { CliIo } from './io.ts';

/** `chaperone verify <file>`: 0 when the export is exactly as Chaperone wrote it, 1 with the reason otherwise. */
export async function verifyCommand(rest: string[], io: CliIo): Promise<number> {
  const [file, ...extra] = rest;
  if (file === undefined) throw new UsageError('Say which file to check: chaperone verify <file>.');
  if (extra.length > 0) throw new UsageError(`"chaperone verify" checks one file at a time, not: ${rest.join(' ')}`);
  // Read with a cap: a folder, /dev/zero or a huge file is a file error (exit 6), not a hang.
  const result = verifyBytes(new Uint8Array(await readInputFile(file, INPUT_LIMITS.sealed)));
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
