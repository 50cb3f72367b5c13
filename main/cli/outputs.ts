import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { reportToHtml } from '../engine/report/html.ts';
import { reportToJson } from '../engine/report/json.ts';
import type { AuditReport } from '../engine/report/schema.ts';
import type { CliIo } from './io.ts';

/** Writes the JSON and HTML reports where asked; says where they went. */
export async function writeReports(report: AuditReport, targets: { json?: string | undefined; html?: string | undefined }, io: CliIo): Promise<void> {
  const write = async (file: string, text: string, what: string): Promise<void> => {
    const path = resolve(file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
    io.err(`${what} written to ${path}\n`);
  };
  if (targets.json !== undefined) await write(targets.json, reportToJson(report), 'JSON report');
  if (targets.html !== undefined) await write(targets.html, reportToHtml(report), 'HTML report');
}
