import { describe, expect, it } from 'vitest';
import { accountIdFromLabel, parseAccountArg } from '../../../main/cli/accounts-arg.ts';
import { defaultDataDir } from '../../../main/cli/data-dir.ts';
import { splitArgs } from '../../../main/cli/split-args.ts';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { exitCodeFor } from '../../../main/cli/run-and-report.ts';

describe('CHAPERONE_BROWSER_ARGS', () => {
  it('splits on spaces but keeps quoted parts whole', () => {
    expect(splitArgs(' --a  --host-resolver-rules="MAP x.com 127.0.0.1:8443, MAP * ~NOTFOUND" --b=\'c d\' ')).toEqual([
      '--a', '--host-resolver-rules=MAP x.com 127.0.0.1:8443, MAP * ~NOTFOUND', '--b=c d',
    ]);
    expect(splitArgs('')).toEqual([]);
  });
});

describe('--account', () => {
  it('reads platform, kind and a label that may hold colons; the id comes from the label', () => {
    expect(parseAccountArg('x:professional:Dr Rahman: work')).toEqual({
      id: 'dr-rahman-work', platform: 'x', kind: 'professional', label: 'Dr Rahman: work',
    });
  });

  it('makes ids safe for folder names, whatever the label', () => {
    expect(accountIdFromLabel('Café ../../etc')).toBe('cafe-etc');
    expect(() => accountIdFromLabel('🙂')).toThrow(/at least one letter or digit/);
  });
});

describe('the data folder', () => {
  it('matches the desktop app on each system', () => {
    expect(defaultDataDir('linux', {}, '/home/a')).toBe('/home/a/.config/Chaperone');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/a')).toBe('/cfg/Chaperone');
    expect(defaultDataDir('darwin', {}, '/Users/a')).toBe('/Users/a/Library/Application Support/Chaperone');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a')).toMatch(/Roaming.Chaperone$/);
  });
});

describe('exit codes', () => {
  const result = (reasons: (string | null)[], fail = 0, unknown = 0): Parameters<typeof exitCodeFor>[0] => ({
    startedAt: '', finishedAt: '', appVersion: '', checklistVersion: '', cancelled: false,
    overall: { score: null, coverage: 0, pass: 0, fail, unknown, manual: 0, notApplicable: 0 },
    accounts: [{ items: reasons.map((unreadReason) => ({ unreadReason })) }],
  }) as unknown as Parameters<typeof exitCodeFor>[0];

  it('tells a browser that would not start apart from findings and from unchecked items', () => {
    expect(exitCodeFor(result(['browser-failed'], 1, 1))).toBe(EXIT.browser);
    expect(exitCodeFor(result([null], 1, 1))).toBe(EXIT.findings);
    expect(exitCodeFor(result(['timeout'], 0, 1))).toBe(EXIT.incomplete);
    expect(exitCodeFor(result([null]))).toBe(EXIT.ok);
  });
});
