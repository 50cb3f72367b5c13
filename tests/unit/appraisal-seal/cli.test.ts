import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { parseReflection } from '../../../main/cli/report-command.ts';
import { sealText } from '../../../main/engine/appraisal/seal.ts';
import { runCli } from '../../support/run-cli.ts';


const summary = { generatedAt: '2026-11-25T14:30:00.000Z', fingerprint: '0123456789abcdef'.repeat(4) };

describe('chaperone verify', () => {
  it('says the fingerprint matches, what that cannot prove, and the date only as written in the file; exits 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chaperone-verify-'));
    const file = join(dir, 'summary.txt');
    await writeFile(file, sealText('Reflective note\n', summary));
    const { code, out } = await runCli(['verify', file]);
    expect(code).toBe(EXIT.ok);
    expect(out).toBe([
      'Fingerprint matches: this file has not changed since it was sealed.',
      'A fingerprint shows accidental changes; it cannot prove who made the file or when.',
      'Date written in the file: 25 November 2026 at 14:30 UTC. Content fingerprint: 0123456789abcdef…',
      '',
    ].join('\n'));
  });

  it('exits 1 with the reason for an edited or unsealed file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chaperone-verify-'));
    const edited = join(dir, 'edited.txt');
    await writeFile(edited, sealText('Reflective note\n', summary).replace('note', 'nope'));
    expect(await runCli(['verify', edited])).toMatchObject({ code: EXIT.findings, out: 'Fingerprint does not match: this file has changed since it was sealed.\n' });
    const plain = join(dir, 'plain.txt');
    await writeFile(plain, 'Reflective note\n');
    expect(await runCli(['verify', plain])).toMatchObject({ code: EXIT.findings, out: 'This file has no Chaperone fingerprint.\n' });
  });

  it('reports a missing file as a file error and a missing argument as a usage error', async () => {
    expect((await runCli(['verify', '/nonexistent/summary.pdf'])).code).toBe(EXIT.io);
    expect((await runCli(['verify'])).code).toBe(EXIT.usage);
    expect((await runCli(['verify', 'a', 'b'])).code).toBe(EXIT.usage);
  });
});

describe('chaperone report, before any browser starts', () => {
  it.each([
    [['report'], /Say which audit to summarise/],
    [['report', '--from', 'a.json'], /--declare-no-patient-info/],
    [['report', '--from', 'a.json', '--declare-no-patient-info', '--time-spent', 'an hour'], /--time-spent is in whole minutes/],
  ])('%j is a usage error that says what to do', async (args, message) => {
    const { code, err } = await runCli(args);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(message);
  });

  it('says plainly when --from is not an audit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chaperone-report-'));
    const file = join(dir, 'notes.json');
    await writeFile(file, '{"hello": 1}');
    const { code, err } = await runCli(['report', '--from', file, '--declare-no-patient-info']);
    expect(code).toBe(EXIT.io);
    expect(err).toMatch(/is not a Chaperone report/);
  });

  it('lists both commands in --help with the reflection format', async () => {
    const { out } = await runCli(['--help']);
    expect(out).toContain('chaperone report --from');
    expect(out).toContain('chaperone verify <file>');
    expect(out).toMatch(/chaperone verify <file> +Check a summary's or policy's fingerprint: shows\n +accidental changes since it was sealed, not who made\n +it or when\n/);
    expect(out).not.toContain('since Chaperone made it');
    expect(out).toMatch(/"What\?", "So what\?" and "Now what\?"/);
  });
});

describe('the reflection file', () => {
  it('reads the three sections under their headings, markdown-style headings too', () => {
    const text = '# What?\nI audited.\n\nTwo lines.\n## So what?\nIt mattered.\r\nNow what?\n  Fix it.  \n';
    expect(parseReflection(text, 'r.txt')).toEqual({ what: 'I audited.\n\nTwo lines.', soWhat: 'It mattered.', nowWhat: 'Fix it.' });
  });

  it('leaves a missing section empty rather than inventing it', () => {
    expect(parseReflection('What?\nOnly this.\n', 'r.txt')).toEqual({ what: 'Only this.', soWhat: '', nowWhat: '' });
  });

  it.each([
    ['Some text first\nWhat?\nx', /must start with a line "What\?"/],
    ['What?\na\nWhat?\nb', /appears twice/],
    ['', /has none of the headings/],
  ])('refuses %j with a plain reason', (text, message) => {
    expect(() => parseReflection(text, 'r.txt')).toThrow(message);
  });
});
