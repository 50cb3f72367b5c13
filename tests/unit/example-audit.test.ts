/**
 * The example audit bundled with the app (renderer/example/demo-audit.json, written by
 * `npm run example-audit`). It must still read as a current report, so a schema change fails here
 * until the file is regenerated, and it must be the made-up demo clinician, never a real person.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../main/engine/report/json.ts';
import { DEMO_ACCOUNTS, DEMO_PROFILE } from '../../main/demo/demo-clinician.ts';

const FILE = new URL('../../renderer/example/demo-audit.json', import.meta.url);
const text = readFileSync(FILE, 'utf8');
const stored = JSON.parse(text) as { id: unknown; report: unknown; answers: unknown; rechecks: unknown };

describe('the bundled example audit', () => {
  it('is a stored audit whose report parses with the current report schema', () => {
    expect(stored.id).toBe('example-demo-audit');
    expect(stored.answers).toEqual([]);
    expect(stored.rechecks).toEqual([]);
    const report = parseReport(JSON.stringify(stored.report), 'renderer/example/demo-audit.json');
    expect(report.audit.accounts.length).toBeGreaterThan(0);
  });

  it('is the made-up demo clinician on the demo accounts', () => {
    const report = parseReport(JSON.stringify(stored.report), 'demo-audit.json');
    expect(report.profile.registeredName).toBe(DEMO_PROFILE.registeredName);
    expect(report.audit.accounts.map((a) => a.account.id)).toEqual(DEMO_ACCOUNTS.map((d) => d.account.id));
  });

  it('shows findings worth showing: items that need fixing and items that passed', () => {
    const report = parseReport(JSON.stringify(stored.report), 'demo-audit.json');
    expect(report.audit.overall.fail).toBeGreaterThan(0);
    expect(report.audit.overall.pass).toBeGreaterThan(0);
  });

  it('carries no temp folder, profile path or cookie from the run that made it', () => {
    expect(text).not.toMatch(/chaperone-(demo|example)-|\/tmp\/|auth_token|ct0=/);
  });
});
