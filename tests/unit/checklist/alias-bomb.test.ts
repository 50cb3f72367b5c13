/** A checklist that would expand without limit (a YAML "billion laughs") is a broken checklist, not a crash. */
import { cp, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { ChecklistError } from '../../../main/engine/checklist/model.ts';
import { readYaml } from '../../../main/engine/checklist/yaml-source.ts';
import { runCli } from '../../support/run-cli.ts';

/** Nine levels of nine aliases each: 9^9 strings if expanded. */
function billionLaughs(): string {
  const lines = ['lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 10; i += 1) lines.push(`lol${i}: &lol${i} [${Array(9).fill(`*lol${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}


const made: string[] = [];
afterAll(async () => { await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))); });

async function checklistsWith(name: string, content: string | null): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'chaperone-checklists-'));
  made.push(dir);
  await cp(new URL('../../../checklists/', import.meta.url), dir, { recursive: true });
  const file = join(dir, name);
  if (content !== null) await writeFile(file, content);
  return { dir, file };
}

const audit = ['audit', '--name', 'Amina Rahman', '--account', 'x:personal:Personal X', '--browser', '/usr/bin/chromium'];

describe('YAML aliases in a checklist', () => {
  it('refuses a billion-laughs file as a broken checklist naming the file', () => {
    expect(() => readYaml('x.yaml', billionLaughs())).toThrow(ChecklistError);
    expect(() => readYaml('x.yaml', billionLaughs())).toThrow(/^x\.yaml: uses YAML aliases \(\*name\) more than the 50 times/);
  });

  it('refuses a modest file that repeats one alias many times', () => {
    const text = `version: "1"\nshared: &shared yes\nlist: [${Array(60).fill('*shared').join(', ')}]\n`;
    expect(() => readYaml('common.yaml', text)).toThrow(/^common\.yaml: uses YAML aliases/);
  });

  it('still reads a file with a few aliases', () => {
    expect(readYaml('ok.yaml', 'a: &a [1, 2]\nb: *a\n').data).toEqual({ a: [1, 2], b: [1, 2] });
  });

  it('makes the CLI exit 3 with the file named, before any browser starts, for an alias bomb in --checklists', async () => {
    const { dir } = await checklistsWith('x.yaml', billionLaughs());
    const { code, err } = await runCli([...audit, '--checklists', dir]);
    expect(code).toBe(EXIT.checklist);
    expect(err).toContain('nothing was audited');
    expect(err).toMatch(/x\.yaml: uses YAML aliases/);
    expect(err).not.toMatch(/ReferenceError|\n\s+at /);
  });

  it('makes the CLI exit 3 with the file named for a checklist file over the size cap', async () => {
    const { dir, file } = await checklistsWith('x.yaml', null);
    await truncate(file, 3 * 1024 ** 3);
    const { code, err } = await runCli([...audit, '--checklists', dir]);
    expect(code).toBe(EXIT.checklist);
    expect(err).toMatch(/x\.yaml: cannot be read: it is 3\.0 GB, more than the 4 MB a checklist file can be/);
  });
});
