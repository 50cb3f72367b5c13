import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { runCli } from '../../support/run-cli.ts';


const audit = ['audit', '--name', 'Amina Rahman', '--account', 'x:personal:Personal X'];

describe('the chaperone command line', () => {
  it('shows help with the commands and exit codes', async () => {
    const { code, out } = await runCli(['--help']);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/chaperone demo/);
    expect(out).toMatch(/Exit codes:/);
  });

  it('without a command, shows help and says it was a usage error', async () => {
    expect((await runCli([])).code).toBe(EXIT.usage);
  });

  it.each([
    [['frobnicate'], /"frobnicate" is not a chaperone command/],
    [['audit', '--name', 'A B'], /Say which accounts to audit/],
    [['audit', '--name', 'A B', '--account', 'myspace:personal:Old'], /"myspace" is not a platform Chaperone knows/],
    [['audit', '--name', 'A B', '--account', 'x:private:Mine'], /must be "personal" or "professional", not "private"/],
    [['audit', '--name', 'A B', '--account', 'x:personal:'], /give the account a label/],
    [['audit', '--account', 'x:personal:Mine'], /name as it appears on your professional register/],
    [[...audit, '--profession', 'wizard'], /--profession must be one of/],
    [[...audit, '--concurrency', '0'], /--concurrency must be a whole number from 1 to 8/],
    [[...audit, '--account', 'x:professional:Personal X'], /Two accounts have the label "Personal X"/],
    [[...audit, '--browser-arg', 'no-dashes'], /Browser flags must start with "--"/],
    [[...audit, '--colour'], /Unknown option '--colour'/],
    [['sign-in'], /Say which platform to sign in to/],
    [['sign-in', 'x'], /Give the account a label/],
    [['demo', 'extra'], /takes no extra words/],
  ])('%j is refused with a clear message', async (args, message) => {
    const { code, err } = await runCli(args);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(message);
    expect(err).toContain('chaperone --help');
  });

  it('refuses an unbalanced CHAPERONE_BROWSER_ARGS', async () => {
    const { code, err } = await runCli(audit, { CHAPERONE_BROWSER_ARGS: '--foo="bar' });
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('unclosed " quote');
  });

  it('says plainly when the chosen browser does not exist', async () => {
    const { code, err } = await runCli([...audit, '--browser', '/nowhere/chrome']);
    expect(code).toBe(EXIT.browser);
    expect(err).toContain('/nowhere/chrome was not found');
  });

  it('refuses to audit with a broken checklist file, naming the file, field and line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chaperone-checklists-'));
    await cp(new URL('../../../checklists/', import.meta.url), dir, { recursive: true });
    const file = join(dir, 'x.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('severity: high', 'severity: urgent'));
    const { code, err } = await runCli([...audit, '--browser', '/usr/bin/chromium', '--checklists', dir]);
    expect(code).toBe(EXIT.checklist);
    expect(err).toMatch(/x\.yaml:\d+: items\[0\]\.severity/);
    expect(err).toContain('nothing was audited');
  });
});
