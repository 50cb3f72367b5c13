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
  const report = parseReport(readFileSync(json, 'utf8'), json);
  const audit: StoredAudit = { id: EXAMPLE_AUDIT_ID, report, answers: [], rechecks: [] };
  writeFileSync(target, `${JSON.stringify(audit, null, 2)}\n`);
  process.stdout.write(`Wrote ${target}\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
