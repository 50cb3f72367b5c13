/**
 * Writes renderer/example/demo-audit.json, the audit the app's "See an example audit" screen shows:
 * the CLI demo (a made-up clinician on local copies of the platforms) run to a temp folder and kept
 * as a stored audit. Run again whenever the report schema changes (npm run example-audit).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../main/engine/report/json.ts';
import type { StoredAudit } from '../main/shared/api-contract.ts';

/** Fixed, so the example never looks like one of the user's own audits and diffs stay small. */
const EXAMPLE_AUDIT_ID = 'example-demo-audit';
/**
 * When the example audit finished, whenever it is regenerated: the tests and screens that use it
 * keep their dates. Every time in the report moves by the same amount, so it stays consistent.
 */
const EXAMPLE_FINISHED_AT = Date.parse('2026-11-25T17:17:50.369Z');
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

function shiftTimes(value: unknown, byMs: number): unknown {
  if (typeof value === 'string') return ISO_TIME.test(value) ? new Date(Date.parse(value) + byMs).toISOString() : value;
  if (Array.isArray(value)) return value.map((entry) => shiftTimes(entry, byMs));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, shiftTimes(entry, byMs)]));
  }
  return value;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, 'renderer/example/demo-audit.json');
const folder = mkdtempSync(join(tmpdir(), 'chaperone-example-'));
try {
  const json = join(folder, 'demo-audit.json');
  // The demo also writes HTML; keep it in the temp folder too so reports/ is left alone.
  const run = spawnSync(process.execPath, ['bin/chaperone.js', 'demo', '--quiet', '--json', json, '--html', join(folder, 'demo-audit.html')], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (run.status !== 0) {
    throw new Error(`The demo did not finish cleanly (exit code ${String(run.status)}); the example was not written.\n${run.stderr}`);
  }
  const read = parseReport(readFileSync(json, 'utf8'), json);
  const report = parseReport(JSON.stringify(shiftTimes(read, EXAMPLE_FINISHED_AT - Date.parse(read.audit.finishedAt))), json);
  const audit: StoredAudit = { id: EXAMPLE_AUDIT_ID, report, answers: [], rechecks: [] };
  writeFileSync(target, `${JSON.stringify(audit, null, 2)}\n`);
  process.stdout.write(`Wrote ${target}\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
