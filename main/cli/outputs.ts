import { writeFileSafely } from '../engine/files/write-file-safely.ts';
import { reportToHtml } from '../engine/report/html.ts';
import { reportToJson } from '../engine/report/json.ts';
import type { AuditReport } from '../engine/report/schema.ts';
import type { CliIo } from './io.ts';

/** Writes one file the user asked for (never truncating the one there on failure) and says where it went. */
export async function writeOutput(file: string, content: string | Uint8Array, what: string, io: CliIo): Promise<void> {
  const path = await writeFileSafely(file, content);
  io.err(`${what} written to ${path}\n`);
}

/** Writes the JSON and HTML reports where asked; says where they went. */
export async function writeReports(report: AuditReport, targets: { json?: string | undefined; html?: string | undefined }, io: CliIo): Promise<void> {
  // Both are made before either is written, so a failure to make one leaves the files as they were.
  const files = [
    ...(targets.json === undefined ? [] : [{ file: targets.json, content: reportToJson(report), what: 'JSON report' }]),
    ...(targets.html === undefined ? [] : [{ file: targets.html, content: reportToHtml(report), what: 'HTML report' }]),
  ];
  for (const { file, content, what } of files) await writeOutput(file, content, what, io);
}
