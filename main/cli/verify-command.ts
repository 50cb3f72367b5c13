import { verifyBytes } from '../engine/appraisal/verify.ts';
import { INPUT_LIMITS, readInputFile } from '../engine/files/read-input-file.ts';
import { FINGERPRINT_LIMITS, FINGERPRINT_MATCHES } from '../shared/seal-words.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import type { CliIo } from './io.ts';

/**
 * `chaperone verify <file>`: 0 when the file's fingerprint matches (it has not changed since it was
 * sealed), 1 with the reason otherwise. The fingerprint is unkeyed, so the output never says who made
 * the file and gives its date only as the date written in the file.
 */
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
  io.out(`${FINGERPRINT_MATCHES}\n${FINGERPRINT_LIMITS}\n`
    + `Date written in the file: ${writtenDate(result.generated)}. Content fingerprint: ${printable(result.content.slice(0, 16))}…\n`);
  return EXIT.ok;
}

function writtenDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return JSON.stringify(printable(iso));
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date).concat(' UTC');
}

/** Whatever the file says, shown without control characters, so a crafted file cannot drive the terminal. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
