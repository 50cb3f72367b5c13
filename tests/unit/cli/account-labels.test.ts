/**
 * Account labels in any script (issue 11): a label names the account's own browser profile, so it
 * must work in Chinese, Arabic or Greek, and a label that is too long is refused as too long.
 */
import { describe, expect, it } from 'vitest';
import { accountIdFromLabel, MAX_LABEL_LENGTH, parseAccountArg } from '../../../main/cli/accounts-arg.ts';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { profileDirFor } from '../../../main/engine/browser/profiles.ts';
import { runCli } from '../../support/run-cli.ts';


describe('account labels in other scripts', () => {
  it.each([
    ['张医生', '张医生'],
    ['د. أحمد', 'د-أحمد'],
    ['Δρ. Παπαδόπουλος', 'δρ-παπαδοπουλος'],
  ])('%s is accepted and gets a profile folder of its own', (label, id) => {
    const account = parseAccountArg(`x:personal:${label}`);
    expect(account).toEqual({ id, platform: 'x', kind: 'personal', label });
    expect(profileDirFor('/data', account)).toBe(`/data/profiles/x-${id}`);
  });

  it('keeps labels that differ only in their letters apart', () => {
    expect(accountIdFromLabel('张医生')).not.toBe(accountIdFromLabel('李医生'));
  });

  it('gives Latin labels the ids they always had', () => {
    expect(accountIdFromLabel('Personal X')).toBe('personal-x');
    expect(accountIdFromLabel('Café ../../etc')).toBe('cafe-etc');
  });

  it('still refuses a label with no letter or digit at all', () => {
    expect(() => accountIdFromLabel('🙂 -- ..')).toThrow('The label "🙂 -- .." needs at least one letter or digit.');
  });
});

describe('a label that is too long', () => {
  const long = 'a'.repeat(101);

  it('is refused on the command line as too long, not blamed on an everyday browser profile', async () => {
    const { code, err } = await runCli(['audit', '--name', 'Amina Rahman', '--account', `x:personal:${long}`]);
    expect(code).toBe(EXIT.usage);
    expect(err).toContain(`The label "${long}" is too long (101 characters): use at most ${String(MAX_LABEL_LENGTH)}.`);
    expect(err).not.toMatch(/everyday/);
  });

  it('is refused by sign-in before any browser opens', async () => {
    const { code, err } = await runCli(['sign-in', 'x', '--label', long, '--browser', '/nowhere/chrome']);
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('is too long (101 characters)');
  });

  it('is accepted at the limit, in any script', () => {
    expect(accountIdFromLabel('a'.repeat(MAX_LABEL_LENGTH))).toHaveLength(MAX_LABEL_LENGTH);
    expect(() => accountIdFromLabel('张'.repeat(MAX_LABEL_LENGTH))).not.toThrow();
    expect(() => accountIdFromLabel('张'.repeat(MAX_LABEL_LENGTH + 1))).toThrow(/too long/);
  });
});
