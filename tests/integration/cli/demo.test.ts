import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../main/engine/report/json.ts';
import { internalNamesInReport } from '../../support/internal-names.ts';

const exec = promisify(execFile);
const ROOT = new URL('../../../', import.meta.url).pathname;

/** `npm run demo`, as the README has a new user type it: npm itself when the tests run under npm. */
function npmRunDemo(args: string[], env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  const npm = process.env.npm_execpath;
  const [command, prefix] = npm === undefined ? ['npm', []] : [process.execPath, [npm]];
  return exec(command, [...prefix, 'run', '--silent', 'demo', '--', ...args], { cwd: ROOT, env, timeout: 120_000 });
}

describe('chaperone demo, as a new user runs it', () => {
  it('on a first run, with an empty temp folder and home, prints a scored audit and writes the HTML and JSON reports', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chaperone-demo-test-'));
    const json = join(dir, 'audit.json');
    const html = join(dir, 'audit.html');
    const [temp, home] = [join(dir, 'tmp'), join(dir, 'home')];
    await mkdir(temp);
    await mkdir(home);
    // Nothing cached from an earlier run can help: a fresh temp folder, home and npm cache. A non-zero exit rejects.
    const { stdout, stderr } = await npmRunDemo(['--json', json, '--html', html], {
      ...process.env, TMPDIR: temp, HOME: home, npm_config_cache: join(dir, 'npm-cache'),
    });

    expect(stdout).toMatch(/^Overall score: \d+ out of 100, from \d+ of \d+ automatic checks read\nA good result does not show that your use of social media meets every professional standard\.$/m);
    expect(stdout).toMatch(/^\d+ to fix · \d+ could not check · \d+ questions for you · \d+ passed$/m);
    // The account's own label, alone, then the platform and kind.
    expect(stdout).toContain('== Personal X (X (Twitter), personal)');
    expect(stdout).toContain('Needs fixing');
    expect(stderr).toContain('[Personal X] Opening X settings');

    const report = parseReport(await readFile(json, 'utf8'), json);
    const [personal, professional, ...others] = report.audit.accounts;
    // Every platform read so far is in the demo, each read in full with something to fix, something passed and something not checked.
    expect(report.audit.accounts.map((a) => a.account.platform)).toEqual(['x', 'x', 'facebook', 'instagram', 'threads', 'linkedin']);
    for (const account of others) {
      expect(stdout).toContain(`== ${account.account.label} (${account.platformName}, ${account.account.kind})`);
      expect(account.session, account.account.id).toBe('signed-in');
      expect(account.items.map((i) => i.status), account.account.id).toEqual(expect.arrayContaining(['pass', 'fail', 'unknown', 'manual']));
      expect(account.stranger?.checked, account.account.id).toBe(true);
    }
    expect(personal?.session).toBe('signed-in');
    expect(personal?.items.find((i) => i.setting === 'protected')).toMatchObject({ status: 'fail', observed: { value: false } });
    expect(personal?.items.find((i) => i.itemId === 'common.registered-name-shown')?.status).toBe('fail');
    expect(professional?.items.find((i) => i.itemId === 'common.registered-name-shown')?.status).toBe('pass');
    // Location history is good privacy practice only: could not be checked, and counted apart from the score.
    expect(professional?.items.find((i) => i.setting === 'allow_location_history_personalization'))
      .toMatchObject({ status: 'unknown', unreadReason: 'field-missing', group: 'privacy-practice' });
    expect(professional?.score.privacyPractice.unknown).toBe(1);
    expect(stdout).toContain('Guidance checked against:');
    // No internal setting name (chaining_enabled, discloseAsProfileViewer) in anything a person reads.
    expect(internalNamesInReport(report)).toEqual([]);
    expect(personal?.stranger?.postsVisible).toBeGreaterThan(0);
    // The emulated pages ask for trackers; the audit browser blocked them.
    expect(personal?.requestsBlocked.offHost).toBeGreaterThan(0);

    // Only caches stay behind in the temp folder: the demo's browser profiles are gone.
    expect((await readdir(temp)).sort()).toEqual(['chaperone-emulator-certs', 'node-compile-cache']);

    const page = await readFile(html, 'utf8');
    expect(page).toContain('Social media audit');
    expect(page).toContain('What a stranger sees');
  }, 150_000);
});
