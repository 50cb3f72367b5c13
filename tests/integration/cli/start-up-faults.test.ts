/**
 * Each stage of starting an audit can fail on a user's machine. Whichever fails, the command ends
 * promptly with its documented exit code and a plain message, and leaves no browser, no local site
 * and no temp folder behind. Each case runs the installed command in its own empty temp folder.
 */
import { spawn } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const INJECT = fileURLToPath(new URL('../../support/faults/inject.ts', import.meta.url));
const EXAMPLE_AUDIT = join(ROOT, 'renderer/example/demo-audit.json');
/** What a run may leave in its temp folder: caches that make the next run faster, nothing else. */
const CACHES = ['chaperone-emulator-certs', 'node-compile-cache'];
const LAUNCH_TIMEOUT_S = 3;

let base: string;
beforeAll(async () => { base = await mkdtemp(join(tmpdir(), 'chaperone-faults-')); });
afterAll(async () => { await rm(base, { recursive: true, force: true }); });

interface Outcome { code: number | null; stdout: string; stderr: string; seconds: number; temp: string; marker: string }

/** Runs `chaperone <args>` with a fresh, empty TMPDIR and HOME, as on a user's first day. */
async function chaperone(name: string, args: string[], fault?: string): Promise<Outcome> {
  const dir = join(base, name);
  const temp = join(dir, 'tmp');
  const home = join(dir, 'home');
  await mkdir(temp, { recursive: true });
  await mkdir(home, { recursive: true });
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', INJECT, join(ROOT, 'bin/chaperone.js'), ...args], {
    cwd: dir,
    // The marker is inherited by every process the run starts (a browser may get another TMPDIR).
    env: { ...process.env, TMPDIR: temp, HOME: home, CHAPERONE_TEST_FAULT: fault ?? '', CHAPERONE_TEST_RUN: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  // A hang is what this test is for: give up well before vitest would, and say so.
  const killer = setTimeout(() => { child.kill('SIGKILL'); }, 90_000);
  const code = await new Promise<number | null>((resolve) => { child.once('exit', (c) => { resolve(c); }); });
  clearTimeout(killer);
  return { code, stdout, stderr, seconds: (Date.now() - started) / 1000, temp, marker: `CHAPERONE_TEST_RUN=${dir}` };
}

/** Processes still running whose environment carries this run's marker: its browsers, its helpers. */
async function leftOver(marker: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of (await readdir('/proc')).filter((p) => /^\d+$/.test(p))) {
    const environ = await readFile(`/proc/${pid}/environ`, 'utf8').catch(() => '');
    if (environ.split('\0').includes(marker)) {
      found.push(`${pid}: ${(await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ').slice(0, 120)}`);
    }
  }
  return found;
}

async function expectNothingLeft(outcome: Outcome): Promise<void> {
  // A killed process group can take a moment to be reaped.
  let processes = await leftOver(outcome.marker);
  for (let i = 0; i < 20 && processes.length > 0; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    processes = await leftOver(outcome.marker);
  }
  expect(processes).toEqual([]);
  expect((await readdir(outcome.temp)).filter((entry) => !CACHES.includes(entry))).toEqual([]);
}

/** A stand-in for a browser executable: a shell script. */
async function fakeBrowser(name: string, body: string): Promise<string> {
  const path = join(base, `${name}.sh`);
  await writeFile(path, `#!/bin/sh\n${body}\n`);
  await chmod(path, 0o755);
  return path;
}

describe('a failure at any stage of start-up ends the command promptly and leaves nothing behind', () => {
  it('no certificate for the demo sites: exit 7, nothing audited', async () => {
    const outcome = await chaperone('certificate', ['demo', '--quiet'], 'certificate');
    expect(outcome.code, outcome.stderr).toBe(EXIT.demoSites);
    expect(outcome.stderr).toContain('The demo could not start its local copies of the platforms (injected fault: no key could be made)');
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
    expect(outcome.seconds).toBeLessThan(30);
    await expectNothingLeft(outcome);
  }, 120_000);

  it('a demo site cannot listen after two have started: the two are closed, exit 7', async () => {
    const outcome = await chaperone('listen', ['demo', '--quiet'], 'listen');
    expect(outcome.code, outcome.stderr).toBe(EXIT.demoSites);
    expect(outcome.stderr).toContain('EADDRINUSE');
    expect(outcome.seconds).toBeLessThan(30);
    await expectNothingLeft(outcome);
  }, 120_000);

  it('a broken checklist: exit 3 before anything starts', async () => {
    const checklists = join(base, 'broken-checklists');
    await cp(join(ROOT, 'checklists'), checklists, { recursive: true });
    await writeFile(join(checklists, 'x.yaml'), 'platform: [unclosed\n');
    const outcome = await chaperone('checklist', ['demo', '--quiet', '--checklists', checklists]);
    expect(outcome.code, outcome.stderr).toBe(EXIT.checklist);
    expect(outcome.stderr).toContain('x.yaml');
    expect(outcome.seconds).toBeLessThan(30);
    await expectNothingLeft(outcome);
  }, 120_000);

  it('a browser that will not start: exit 4 with the reason', async () => {
    const browser = await fakeBrowser('fails', 'echo "cannot open display" >&2; exit 1');
    const outcome = await chaperone('launch', ['demo', '--quiet', '--browser', browser, '--json', 'audit.json']);
    expect(outcome.code, outcome.stderr).toBe(EXIT.browser);
    expect(outcome.stdout).toContain('The browser would not start');
    expect(outcome.seconds).toBeLessThan(60);
    await expectNothingLeft(outcome);
  }, 120_000);

  it('a browser that never answers: stopped at the launch timeout, exit 4', async () => {
    const browser = await fakeBrowser('silent', 'exec sleep 300');
    const outcome = await chaperone('silent', [
      'demo', '--quiet', '--browser', browser, '--launch-timeout', String(LAUNCH_TIMEOUT_S), '--concurrency', '6', '--json', 'audit.json',
    ]);
    expect(outcome.code, outcome.stderr).toBe(EXIT.browser);
    expect(outcome.stdout).toContain(`The browser did not answer within ${String(LAUNCH_TIMEOUT_S)} seconds, so it was stopped`);
    // All six accounts start at once: the whole run takes one launch timeout, plus starting Node and the sites.
    expect(outcome.seconds).toBeLessThan(LAUNCH_TIMEOUT_S + 15);
    await expectNothingLeft(outcome);
  }, 120_000);

  it('the appraisal PDF with a browser that never answers: exit 4 at the launch timeout', async () => {
    const browser = await fakeBrowser('silent-pdf', 'exec sleep 300');
    const outcome = await chaperone('silent-pdf', [
      'report', '--from', EXAMPLE_AUDIT, '--declare-no-patient-info', '--pdf', 'summary.pdf',
      '--browser', browser, '--launch-timeout', String(LAUNCH_TIMEOUT_S),
    ]);
    expect(outcome.code, outcome.stderr).toBe(EXIT.browser);
    expect(outcome.stderr).toContain(`it did not answer within ${String(LAUNCH_TIMEOUT_S)} seconds`);
    expect(outcome.seconds).toBeLessThan(LAUNCH_TIMEOUT_S + 10);
    await expectNothingLeft(outcome);
  }, 120_000);

  it('the report cannot be written: exit 6 after the audit, with every browser and site closed', async () => {
    const blocker = join(base, 'not-a-folder');
    await writeFile(blocker, 'a file where a folder should be\n');
    const outcome = await chaperone('output', ['demo', '--quiet', '--json', join(blocker, 'audit.json')]);
    expect(outcome.code, outcome.stderr).toBe(EXIT.io);
    expect(outcome.stderr).toContain(`Could not write ${join(blocker, 'audit.json')}: part of its path is a file, not a folder.`);
    expect(outcome.stdout).toMatch(/Overall score: \d+ out of 100/);
    expect(outcome.seconds).toBeLessThan(90);
    await expectNothingLeft(outcome);
  }, 120_000);
});
