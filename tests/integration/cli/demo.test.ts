import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../main/engine/report/json.ts';

const exec = promisify(execFile);

describe('chaperone demo, as a new user runs it', () => {
  it('prints a scored audit of the demo clinician and writes the HTML and JSON reports', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chaperone-demo-test-'));
    const json = join(dir, 'audit.json');
    const html = join(dir, 'audit.html');
    const { stdout, stderr } = await exec(process.execPath, ['main/cli.ts', 'demo', '--json', json, '--html', html], { timeout: 120_000 });

    expect(stdout).toMatch(/Overall: \d+ out of 100, \d+% of automatic checks verified/);
    expect(stdout).toContain('== X (Twitter): Personal X (personal)');
    expect(stdout).toContain('Needs fixing');
    expect(stderr).toContain('[Personal X] Opening X settings');

    const report = parseReport(await readFile(json, 'utf8'), json);
    const [personal, professional, ...others] = report.audit.accounts;
    // Every platform read so far is in the demo, each read in full with something to fix, something passed and something not checked.
    expect(report.audit.accounts.map((a) => a.account.platform)).toEqual(['x', 'x', 'facebook', 'instagram', 'threads', 'linkedin']);
    for (const account of others) {
      expect(stdout).toContain(`== ${account.platformName}: ${account.account.label} (${account.account.kind})`);
      expect(account.session, account.account.id).toBe('signed-in');
      expect(account.items.map((i) => i.status), account.account.id).toEqual(expect.arrayContaining(['pass', 'fail', 'unknown', 'manual']));
      expect(account.stranger?.checked, account.account.id).toBe(true);
    }
    expect(personal?.session).toBe('signed-in');
    expect(personal?.items.find((i) => i.setting === 'protected')).toMatchObject({ status: 'fail', observed: { value: false } });
    expect(personal?.items.find((i) => i.itemId === 'common.registered-name-shown')?.status).toBe('fail');
    expect(professional?.items.find((i) => i.itemId === 'common.registered-name-shown')?.status).toBe('pass');
    expect(professional?.items.find((i) => i.setting === 'allow_location_history_personalization'))
      .toMatchObject({ status: 'unknown', unreadReason: 'field-missing' });
    expect(professional?.score.coverage).toBeLessThan(100);
    expect(personal?.stranger?.postsVisible).toBeGreaterThan(0);
    // The emulated pages ask for trackers; the audit browser blocked them.
    expect(personal?.requestsBlocked.offHost).toBeGreaterThan(0);

    const page = await readFile(html, 'utf8');
    expect(page).toContain('Social media audit');
    expect(page).toContain('What a stranger sees');
  }, 150_000);
});
