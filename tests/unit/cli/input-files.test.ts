/**
 * Files handed to `report`, `policy` and `verify` are read with a cap: a folder, a device, a pipe or a
 * file far larger than any Chaperone file is refused with a one-line message and exit 6, never a
 * stack trace or a read that goes on for ever.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { runCli } from '../../support/run-cli.ts';

const DEMO = fileURLToPath(new URL('../../../renderer/example/demo-audit.json', import.meta.url));


let dir: string;
let folder: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chaperone-inputs-'));
  folder = join(dir, 'a folder');
  await mkdir(folder);
});
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const report = ['report', '--declare-no-patient-info'];
const policy = (answers: string): string[] => ['policy', '--answers', answers, '--name', 'Amina Rahman', '--markdown', join(dir, 'policy.md')];

describe('an input that is a folder', () => {
  it.each([
    ['--from', (f: string) => [...report, '--from', f]],
    ['--previous', (f: string) => [...report, '--from', DEMO, '--previous', f]],
    ['--reflection', (f: string) => [...report, '--from', DEMO, '--reflection', f]],
    ['verify', (f: string) => ['verify', f]],
    ['policy --answers', policy],
  ])('%s: exit 6 with the folder named, and nothing on standard output', async (_, args) => {
    const { code, out, err } = await runCli(args(folder));
    expect(code).toBe(EXIT.io);
    expect(err).toBe(`chaperone: Could not read ${folder}: it is a folder, not a file.\n`);
    expect(out).toBe('');
  });
});

describe('an input far larger than any Chaperone file', () => {
  it.each([
    ['--from', (f: string) => [...report, '--from', f], 'more than the 64 MB an audit file can be'],
    ['--previous', (f: string) => [...report, '--from', DEMO, '--previous', f], 'more than the 64 MB an audit file can be'],
    ['--reflection', (f: string) => [...report, '--from', DEMO, '--reflection', f], 'more than the 1 MB a reflection can be'],
    ['verify', (f: string) => ['verify', f], 'more than the 64 MB a Chaperone summary can be'],
    ['policy --answers', policy, 'more than the 1 MB a policy answers file can be'],
  ])('%s: a 3 GB file is refused with its size, exit 6', async (_, args, cap) => {
    const big = join(dir, 'big.json');
    await writeFile(big, '');
    await truncate(big, 3 * 1024 ** 3); // sparse: costs no disk
    const { code, err } = await runCli(args(big));
    expect(code).toBe(EXIT.io);
    expect(err).toBe(`chaperone: Could not read ${big}: it is 3.0 GB, ${cap}.\n`);
  });

  it('a reflection just over its 1 MB cap is refused, one within it is read', async () => {
    const reflection = join(dir, 'reflection.txt');
    await writeFile(reflection, `What?\n${'x'.repeat(1024 * 1024)}\n`);
    expect((await runCli([...report, '--from', DEMO, '--reflection', reflection])).err).toMatch(/it is 1025 kB, more than the 1 MB a reflection can be/);
    await writeFile(reflection, 'What?\nI audited my accounts.\n');
    const { code, out } = await runCli([...report, '--from', DEMO, '--reflection', reflection]);
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('I audited my accounts.');
  });
});

describe('an input that is a device or a pipe', () => {
  it('verify /dev/zero is refused at once instead of reading for ever', async () => {
    const { code, err } = await runCli(['verify', '/dev/zero']);
    expect(code).toBe(EXIT.io);
    expect(err).toBe('chaperone: Could not read /dev/zero: it is a device or a pipe, not an ordinary file.\n');
  });

  it('a named pipe given as --from is refused without waiting for a writer', async () => {
    const fifo = join(dir, 'audit.fifo');
    execFileSync('mkfifo', [fifo]);
    const { code, err } = await runCli([...report, '--from', fifo]);
    expect(code).toBe(EXIT.io);
    expect(err).toBe(`chaperone: Could not read ${fifo}: it is a device or a pipe, not an ordinary file.\n`);
  });
});
