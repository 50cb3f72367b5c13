/**
 * `chaperone policy` on both example answers files, for a doctor and for a nurse, checked the way a
 * reader would: the DOCX unzipped (word/document.xml: Word heading styles, numbered clauses, the
 * guidance list), the PDF read back with pdftotext and its pages turned into PNGs in
 * reports/policy/ for a person to look at, the Markdown read as text, `chaperone verify` on each
 * sealed file and on a changed copy, and a bad answers file refused with every problem named.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { CHECKLIST_DIR } from '../../../main/cli/run-and-report.ts';
import { loadChecklists } from '../../../main/engine/checklist/load.ts';
import { parseAnswersFile } from '../../../main/engine/policy/answers-file.ts';
import { buildPolicy } from '../../../main/engine/policy/build.ts';
import { loadPolicy } from '../../../main/engine/policy/load.ts';
import type { PolicyDocument } from '../../../main/engine/policy/model.ts';
import type { UserProfile } from '../../../main/engine/profile.ts';
import { runCli } from '../../support/run-cli.ts';

const exec = promisify(execFile);
const PNG_DIR = resolve('reports/policy');
const DEMO_AUDIT = 'renderer/example/demo-audit.json';

interface Case {
  name: string;
  answers: string;
  profile: UserProfile;
  /** Extra words on the command line: the doctor's personal policy takes its details from the audit. */
  args: string[];
}

const DOCTOR: UserProfile = { registeredName: 'Amina Rahman', profession: 'doctor', regulator: 'GMC' };
const NURSE: UserProfile = { registeredName: 'Sam Okafor', profession: 'nurse', regulator: 'NMC' };
const CASES: Case[] = [
  { name: 'doctor-personal', answers: 'examples/policy-answers.yaml', profile: DOCTOR, args: ['--audit', DEMO_AUDIT] },
  { name: 'doctor-practice', answers: 'examples/policy-practice-answers.yaml', profile: DOCTOR, args: ['--name', 'Amina Rahman'] },
  { name: 'nurse-personal', answers: 'examples/policy-answers.yaml', profile: NURSE, args: ['--name', 'Sam Okafor', '--profession', 'nurse'] },
  { name: 'nurse-practice', answers: 'examples/policy-practice-answers.yaml', profile: NURSE, args: ['--name', 'Sam Okafor', '--profession', 'nurse'] },
];

const unescapeXml = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Each paragraph of word/document.xml: its Word style, whether it is in a numbered list, and its text. */
function paragraphs(xml: string): { style: string | null; numbered: boolean; text: string }[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map(([, body = '']) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1] ?? null,
    numbered: body.includes('<w:numPr>'),
    text: unescapeXml([...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }));
}

/** The policy the command should have written, from the same engine, to know every clause's words. */
async function expected(c: Case): Promise<PolicyDocument> {
  const [set, checklists] = await Promise.all([loadPolicy(CHECKLIST_DIR), loadChecklists(CHECKLIST_DIR)]);
  return buildPolicy({
    data: set.data, publishers: set.publishers, profile: c.profile, audit: null, writtenOn: '2026-12-03', checklistVersion: 'test',
    answers: parseAnswersFile(c.answers, await readFile(c.answers, 'utf8')),
    platformNames: Object.fromEntries(checklists.platforms.map((p) => [p.platform.id, p.platform.name])),
  });
}

describe('chaperone policy', () => {
  const dir = { path: '' };
  const files = (c: Case) => ({ docx: join(dir.path, `${c.name}.docx`), pdf: join(dir.path, `${c.name}.pdf`), markdown: join(dir.path, `${c.name}.md`) });

  beforeAll(async () => {
    dir.path = await mkdtemp(join(tmpdir(), 'chaperone-policy-'));
    await mkdir(PNG_DIR, { recursive: true });
    for (const c of CASES) {
      const out = files(c);
      const result = await runCli(['policy', '--answers', c.answers, ...c.args, '--docx', out.docx, '--pdf', out.pdf, '--markdown', out.markdown]);
      expect(result.err).toContain(`Policy (PDF) written to ${out.pdf}`);
      expect(result.code, result.err).toBe(EXIT.ok);
    }
  }, 120_000);

  for (const c of CASES) {
    describe(c.name, () => {
      it('DOCX: the title as Heading 1, each section as Heading 2, every clause in a numbered list, then the guidance', async () => {
        const policy = await expected(c);
        const xml = (await exec('unzip', ['-p', files(c).docx, 'word/document.xml'], { maxBuffer: 8 * 1024 * 1024 })).stdout;
        const paras = paragraphs(xml);
        expect(paras.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([policy.title]);
        const headings = paras.filter((p) => p.style === 'Heading2').map((p) => p.text);
        expect(headings).toEqual(expect.arrayContaining([...policy.sections.map((s) => s.heading), 'Guidance this policy follows']));
        const clauses = policy.sections.flatMap((s) => s.clauses);
        expect(clauses.length).toBeGreaterThan(10);
        const numbered = paras.filter((p) => p.numbered).map((p) => p.text);
        for (const clause of clauses) expect(numbered.some((p) => p.startsWith(clause.text) && /^\s\[\d+\]/.test(p.slice(clause.text.length))), clause.id).toBe(true);
        // The guidance list follows its heading, one numbered entry per passage cited.
        const guidance = paras.slice(paras.findIndex((p) => p.text === 'Guidance this policy follows') + 1).filter((p) => p.numbered);
        expect(guidance.length).toBe(new Set(clauses.flatMap((cl) => cl.guidance.map((g) => g.id))).size);
        expect(paras.some((p) => p.text.startsWith('Written by ') && p.text.includes(c.profile.registeredName))).toBe(true);
        if (c.profile.profession === 'nurse') {
          expect(xml).not.toContain('General Medical Council');
          expect(xml).not.toContain('GMC');
          expect(guidance.every((g) => g.text.startsWith('Nursing and Midwifery Council'))).toBe(true);
        } else {
          expect(guidance.some((g) => g.text.startsWith('General Medical Council, '))).toBe(true);
        }
      });

      it('PDF: reads back with the title, byline, headings and every clause, and its pages are kept as pictures', async () => {
        const policy = await expected(c);
        const text = squash((await exec('pdftotext', [files(c).pdf, '-'])).stdout);
        expect(text.startsWith(policy.title)).toBe(true);
        expect(text).toContain(`Written by ${c.profile.registeredName}, ${c.profile.profession} registered with the ${c.profile.regulator}`);
        for (const section of policy.sections) expect(text, section.heading).toContain(section.heading);
        for (const clause of policy.sections.flatMap((s) => s.clauses)) expect(text, clause.id).toContain(squash(clause.text));
        expect(text).toContain('Guidance this policy follows');
        expect(text).toMatch(/Page 1 of \d/);
        if (c.profile.profession === 'nurse') expect(text).not.toContain('General Medical Council');
        for (const old of (await readdir(PNG_DIR)).filter((f) => f.startsWith(`${c.name}-`))) await rm(join(PNG_DIR, old));
        await exec('pdftoppm', ['-png', '-r', '60', files(c).pdf, join(PNG_DIR, c.name)]);
        expect((await readdir(PNG_DIR)).filter((f) => f.startsWith(`${c.name}-`)).length).toBeGreaterThan(0);
        expect((await stat(files(c).pdf)).size).toBeLessThan(500_000);
      });

      it('Markdown: the same title, headings and clauses', async () => {
        const policy = await expected(c);
        const markdown = (await readFile(files(c).markdown, 'utf8')).replace(/\\(.)/g, '$1');
        expect(markdown.startsWith(`# ${policy.title}\n`)).toBe(true);
        for (const section of policy.sections) expect(markdown).toContain(`\n## ${section.heading}\n`);
        for (const clause of policy.sections.flatMap((s) => s.clauses)) expect(markdown, clause.id).toContain(`. ${clause.text} [`);
        if (c.profile.profession === 'nurse') expect(markdown).not.toContain('GMC');
      });
    });
  }

  it('says what the latest audit found when given one, in every format', async () => {
    const c = CASES[0] as Case;
    const heading = 'What my latest audit found (25 November 2026)';
    const finding = 'Professional X (X (Twitter), professional): a stranger can see 3 of its posts';
    const xml = (await exec('unzip', ['-p', files(c).docx, 'word/document.xml'], { maxBuffer: 8 * 1024 * 1024 })).stdout;
    expect(paragraphs(xml).filter((p) => p.style === 'Heading2').map((p) => p.text)[0]).toBe(heading);
    expect(xml).toContain(finding);
    expect(squash((await exec('pdftotext', [files(c).pdf, '-'])).stdout)).toContain(heading);
    expect(await readFile(files(c).markdown, 'utf8')).toContain(`## ${heading}`);
    // Without --audit there is nothing to report, and the policy says nothing about an audit.
    expect(await readFile(files(CASES[1] as Case).markdown, 'utf8')).not.toContain('latest audit found');
  });

  it('takes the author\'s details from a JSON report given as --audit when no --name is given', async () => {
    const markdown = join(dir.path, 'from-report.md');
    const result = await runCli(['policy', '--answers', 'examples/policy-answers.yaml', '--audit', 'tests/fixtures/report-v1.json', '--markdown', markdown]);
    expect(result.code, result.err).toBe(EXIT.ok);
    const text = await readFile(markdown, 'utf8');
    expect(text).toContain('Written by Amina Rahman, doctor registered with the GMC');
    expect(text).toMatch(/## What my latest audit found \(\d+ \w+ \d{4}\)\n\n- Personal X \(X \(Twitter\), personal\): /);
  });

  it('chaperone verify accepts each sealed file and rejects a copy with one byte changed', async () => {
    const c = CASES[1] as Case;
    for (const file of Object.values(files(c))) {
      const ok = await runCli(['verify', file]);
      expect(ok.out, file).toContain('Fingerprint matches: this file has not changed since it was sealed.');
      expect(ok.code).toBe(EXIT.ok);
      const bytes = await readFile(file);
      bytes[Math.floor(bytes.length / 3)] = (bytes[Math.floor(bytes.length / 3)] ?? 0) ^ 0x01;
      const changed = join(dir.path, `changed-${file.split('/').at(-1) ?? ''}`);
      await writeFile(changed, bytes);
      const bad = await runCli(['verify', changed]);
      expect(bad.out, file).toBe('Fingerprint does not match: this file has changed since it was sealed.\n');
      expect(bad.code).toBe(EXIT.findings);
    }
  });

  it('a bad answers file: exit 8, every problem named with its question id, and nothing written', async () => {
    const answers = join(dir.path, 'bad-answers.yaml');
    const text = (await readFile('examples/policy-answers.yaml', 'utf8'))
      .replace('  patients-cases: never\n', '').replace('heated: walk-away', 'heated: shout-back').replace('reviewOn: 2027-12-03', 'reviewOn: "3/12/2027"');
    await writeFile(answers, text);
    const docx = join(dir.path, 'never.docx');
    const result = await runCli(['policy', '--answers', answers, '--name', 'Amina Rahman', '--docx', docx]);
    expect(result.code).toBe(EXIT.answers);
    expect(result.code).toBe(8);
    expect(result.err).toContain(`chaperone: ${answers} cannot be used to write a policy; nothing was written. The 3 problems:`);
    expect(result.err).toContain('  - answers: "Do you post about patients or cases?" is not answered (patients-cases)');
    expect(result.err).toContain('  - answers: "shout-back" is not an answer to "What do you do when a discussion online becomes heated?" (heated); choose one of walk-away, report-and-walk-away');
    expect(result.err).toContain('  - reviewOn: "3/12/2027" is not a date written as 2027-12-03');
    expect(result.err).toContain('docs/policy.md describes the answers file');
    await expect(stat(docx)).rejects.toThrow();

    await writeFile(answers, 'kind: personal\nanswers: [\n');
    const broken = await runCli(['policy', '--answers', answers, '--name', 'Amina Rahman', '--docx', docx]);
    expect(broken.code).toBe(EXIT.answers);
    expect(broken.err).toMatch(/bad-answers\.yaml: not valid YAML/);
  });

  it('refuses a command line with no output, or a personal policy drawing on someone else\'s audit', async () => {
    const none = await runCli(['policy', '--answers', 'examples/policy-answers.yaml', '--name', 'Amina Rahman']);
    expect(none.code).toBe(EXIT.usage);
    expect(none.err).toContain('Say where to write the policy: --docx <file>, --pdf <file> and/or --markdown <file>.');
    const other = await runCli(['policy', '--answers', 'examples/policy-answers.yaml', '--name', 'Sam Okafor', '--audit', DEMO_AUDIT, '--markdown', join(dir.path, 'x.md')]);
    expect(other.code).toBe(EXIT.usage);
    expect(other.err).toContain("--audit is an audit of Amina Rahman's accounts, but --name is \"Sam Okafor\"");
    // Writing over the answers would lose them: refused before anything is read or written.
    const answers = join(dir.path, 'keep-answers.yaml');
    await writeFile(answers, await readFile('examples/policy-answers.yaml'));
    const same = await runCli(['policy', '--answers', answers, '--name', 'Amina Rahman', '--markdown', answers]);
    expect(same.code).toBe(EXIT.usage);
    expect(same.err).toContain('--markdown and --answers name the same file');
    expect(await readFile(answers, 'utf8')).toBe(await readFile('examples/policy-answers.yaml', 'utf8'));
  });
});
