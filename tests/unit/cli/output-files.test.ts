/**
 * Files the CLI writes: a failure is exit 6 with the file and the cause in plain words (no stack
 * trace), the file that was there before is never truncated or replaced by half a file, no
 * temporary file is left behind, new files are the owner's only (0600), and an output that
 * names the same file as an input or another output is refused before anything is written.
 */
import { lstat, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { writeReports } from '../../../main/cli/outputs.ts';
import { parseReport } from '../../../main/engine/report/json.ts';
import { runCli } from '../../support/run-cli.ts';

const DEMO = fileURLToPath(new URL('../../../renderer/example/demo-audit.json', import.meta.url));


let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'chaperone-outputs-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const report = ['report', '--from', DEMO, '--declare-no-patient-info'];
const PREVIOUS = 'The previous good summary, which must survive a failed regeneration.\n';

describe('a full disk', () => {
  it.each(['--json', '--text'])('report %s /dev/full exits 6 with one plain line, and /dev/full is still the device', async (flag) => {
    const { code, err } = await runCli([...report, flag, '/dev/full']);
    expect(code).toBe(EXIT.io);
    expect(err).toBe('chaperone: Could not write /dev/full: the disk is full.\n');
    expect((await lstat('/dev/full')).isCharacterDevice()).toBe(true);
  });

  it('the audit and demo reports (--json/--html) say the same of /dev/full', async () => {
    const stored = JSON.parse(await readFile(DEMO, 'utf8')) as { report: unknown };
    const audit = parseReport(JSON.stringify(stored.report), DEMO);
    const io = { out: () => undefined, err: () => undefined };
    await expect(writeReports(audit, { json: '/dev/full' }, io)).rejects.toThrow('Could not write /dev/full: the disk is full.');
    await expect(writeReports(audit, { html: '/dev/full' }, io)).rejects.toThrow('Could not write /dev/full: the disk is full.');
    expect((await lstat('/dev/full')).isCharacterDevice()).toBe(true);
  });

  it('writing to /dev/null still works (a device is written in place, not replaced)', async () => {
    expect((await runCli([...report, '--json', '/dev/null'])).code).toBe(EXIT.ok);
    expect((await lstat('/dev/null')).isCharacterDevice()).toBe(true);
  });
});

describe('regenerating a summary', () => {
  it('leaves the previous files byte-identical, and nothing else behind, when the PDF cannot be made', async () => {
    const text = join(dir, 'summary.txt');
    const json = join(dir, 'summary.json');
    await writeFile(text, PREVIOUS);
    await writeFile(json, PREVIOUS);
    const { code } = await runCli([...report, '--text', text, '--json', json, '--pdf', join(dir, 'summary.pdf'), '--browser', '/nowhere/chrome']);
    expect(code).toBe(EXIT.browser);
    expect(await readFile(text, 'utf8')).toBe(PREVIOUS);
    expect(await readFile(json, 'utf8')).toBe(PREVIOUS);
    expect((await readdir(dir)).sort()).toEqual(['summary.json', 'summary.txt']);
  });

  it('refuses a folder as an output with exit 6 and leaves it alone', async () => {
    const { code, err } = await runCli([...report, '--text', dir]);
    expect(code).toBe(EXIT.io);
    expect(err).toBe(`chaperone: Could not write ${dir}: it is a folder, not a file.\n`);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('the files written', () => {
  it('are readable by their owner only (0600), new or replacing a 0644 file', async () => {
    const text = join(dir, 'new', 'summary.txt');
    const json = join(dir, 'summary.json');
    await writeFile(json, PREVIOUS, { mode: 0o644 });
    expect((await runCli([...report, '--text', text, '--json', json])).code).toBe(EXIT.ok);
    expect((await stat(text)).mode & 0o777).toBe(0o600);
    expect((await stat(json)).mode & 0o777).toBe(0o600);
    expect(await readFile(json, 'utf8')).toMatch(/^\{/);
    expect(await readdir(dir)).toEqual(expect.arrayContaining(['new', 'summary.json']));
    expect(await readdir(dir)).toHaveLength(2);
  });

  it('through a symbolic link, replace the file it points to and keep the link', async () => {
    const real = join(dir, 'real.txt');
    const link = join(dir, 'link.txt');
    await writeFile(real, PREVIOUS);
    await symlink(real, link);
    expect((await runCli([...report, '--text', link])).code).toBe(EXIT.ok);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toMatch(/Chaperone fingerprint/);
  });
});

describe('two names for the same file', () => {
  let source: string;
  beforeEach(async () => {
    source = join(dir, 'audit.json');
    await writeFile(source, await readFile(DEMO));
  });

  it.each([
    ['--json', '--from', (f: string) => ['report', '--from', f, '--declare-no-patient-info', '--json', f]],
    ['--text', '--previous', (f: string) => [...report, '--previous', f, '--text', f]],
    ['--pdf', '--reflection', (f: string) => [...report, '--reflection', f, '--pdf', f]],
  ])('report %s naming the %s file is refused with exit 2 and the file untouched', async (output, input, args) => {
    const before = await readFile(source);
    const { code, err } = await runCli(args(source));
    expect(code).toBe(EXIT.usage);
    expect(err).toContain(`${output} and ${input} name the same file (${source}): writing it would overwrite what Chaperone is reading.`);
    expect(await readFile(source)).toEqual(before);
  });

  it('report --json through a symbolic link to the --from file is refused too', async () => {
    const link = join(dir, 'summary.json');
    await symlink(source, link);
    const before = await readFile(source);
    const { code, err } = await runCli(['report', '--from', source, '--declare-no-patient-info', '--json', link]);
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('--json and --from name the same file');
    expect(await readFile(source)).toEqual(before);
  });

  it('report --text and --json naming one new file is refused before either is written', async () => {
    const out = join(dir, 'summary.out');
    const { code, err } = await runCli([...report, '--text', out, '--json', join(dir, '.', 'summary.out')]);
    expect(code).toBe(EXIT.usage);
    expect(err).toContain(`--text and --json name the same file (${out}); give each its own file.`);
    expect(await readdir(dir)).toEqual(['audit.json']);
  });

  it.each([
    ['audit', ['audit', '--name', 'Amina Rahman', '--account', 'x:personal:Personal X', '--browser', '/nowhere/chrome']],
    ['demo', ['demo', '--browser', '/nowhere/chrome']],
  ])('%s --json and --html naming one file is refused before anything runs', async (_, args) => {
    const out = join(dir, 'report.out');
    const { code, err } = await runCli([...args, '--json', out, '--html', out]);
    expect(code).toBe(EXIT.usage);
    expect(err).toContain(`--json and --html name the same file (${out}); give each its own file.`);
  });

  it('--from and --previous may be the same audit', async () => {
    expect((await runCli([...report, '--previous', DEMO])).code).toBe(EXIT.ok);
  });
});
