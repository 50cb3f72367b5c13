/**
 * The security gate in `npm test`: it fails an insecure Electron app, passes a secure one, and refuses
 * suppressions that give no reason. Runs the real script over tests/fixtures/electronegativity/.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSecurityGate, suppressionProblems } from '../../../scripts/security-gate.ts';

const ROOT = new URL('../../..', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'tests/fixtures/electronegativity');
const ELECTRON = (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

function gate(...args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/security-gate.ts', ...args], { cwd: ROOT, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'security-gate-'));
afterAll(() => { rmSync(scratch, { recursive: true, force: true }); });

describe('security gate', () => {
  it('fails an insecure app and names each finding with its file and line', async () => {
    const { code, output } = await gate('tests/fixtures/electronegativity/insecure');
    expect(code).toBe(1);
    for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'CSP_GLOBAL_CHECK']) {
      expect(output).toContain(id);
    }
    expect(output).toMatch(/CONTEXT_ISOLATION_JS_CHECK {2}tests\/fixtures\/electronegativity\/insecure\/main\.ts:9:\d+ {2}\S/);
    expect(output).toContain(`(2 files, Electron ${ELECTRON})`);
    expect(output).not.toContain('translations'); // it never tried the network for translations
  });

  it('passes a secure app whose remaining findings are suppressed with reasons', async () => {
    const { code, output } = await gate('tests/fixtures/electronegativity/secure');
    expect(output.trim()).toBe(`Electronegativity: no findings (2 files, Electron ${ELECTRON})`);
    expect(code).toBe(0);
  });

  it('fails when a suppression gives no reason, even though Electronegativity itself obeys it', async () => {
    const copy = join(scratch, 'unjustified');
    cpSync(join(FIXTURES, 'secure'), copy, { recursive: true });
    const main = join(copy, 'main.ts');
    writeFileSync(main, readFileSync(main, 'utf8').replace(/(\/\* eng-disable PRELOAD_JS_CHECK \*\/).*$/m, '$1'));
    const report = await runSecurityGate([copy], { root: ROOT });
    expect(report.findings).toEqual([]);
    expect(report.problems).toEqual([expect.stringMatching(/unjustified\/main\.ts:9: eng-disable needs a reason/) as unknown]);
  });

  it('fails on a file it cannot parse rather than skipping it', async () => {
    const broken = join(scratch, 'broken');
    cpSync(join(FIXTURES, 'secure'), broken, { recursive: true });
    writeFileSync(join(broken, 'oops.ts'), 'export const = ;\n');
    const report = await runSecurityGate([broken], { root: ROOT });
    expect(report.problems).toEqual([expect.stringMatching(/oops\.ts: Electronegativity could not parse it/) as unknown]);
  });
});

describe('suppressionProblems', () => {
  const known = new Set(['preload_js_check', 'csp_global_check']);

  it('accepts a suppression followed by a reason on the same line', () => {
    expect(suppressionProblems('a.ts', 'x({ preload }); /* eng-disable PRELOAD_JS_CHECK */ // preload is ours and bundled\n', known)).toEqual([]);
    expect(suppressionProblems('a.html', '<meta> <!-- eng-disable CSP_GLOBAL_CHECK --> <!-- self serves only the bundle -->', known)).toEqual([]);
  });

  it.each([
    ['no reason', 'x(); /* eng-disable PRELOAD_JS_CHECK */'],
    ['a line-comment suppression, which leaves no room for a reason', 'x(); // eng-disable PRELOAD_JS_CHECK'],
    ['a reason too short to say anything', 'x(); /* eng-disable PRELOAD_JS_CHECK */ // ok'],
  ])('refuses %s', (_why, line) => {
    expect(suppressionProblems('a.ts', line, known)).toEqual([expect.stringContaining('a.ts:1: eng-disable needs a reason') as unknown]);
  });

  it('refuses an HTML suppression without a reason, and names unknown checks', () => {
    expect(suppressionProblems('a.html', '<meta> <!-- eng-disable CSP_GLOBAL_CHECK -->', known)).toHaveLength(1);
    expect(suppressionProblems('a.ts', 'x(); /* eng-disable PRELAOD_JS_CHECK */ // typo in the check name here', known))
      .toEqual(['a.ts:1: eng-disable names an unknown check: PRELAOD_JS_CHECK']);
  });
});
