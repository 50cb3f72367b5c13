import { describe, expect, it } from 'vitest';
import { KEYCHAIN_ARGS } from '../../../main/engine/browser/launch-args.ts';
import { signInCommand } from '../../../main/engine/browser/sign-in.ts';

const base = {
  executablePath: '/usr/bin/google-chrome',
  profileDir: '/data/chaperone/profiles/x-work',
  url: 'https://x.com/i/flow/login',
  extraArgs: [] as string[],
  asRoot: false,
};

describe('signInCommand', () => {
  it('opens the account\'s own profile as a plain window on the sign-in page', () => {
    expect(signInCommand(base)).toEqual({
      command: '/usr/bin/google-chrome',
      args: [
        '--user-data-dir=/data/chaperone/profiles/x-work',
        '--use-mock-keychain', '--password-store=basic',
        '--no-first-run', '--new-window',
        'https://x.com/i/flow/login',
      ],
    });
  });

  it('uses the same keychain flags as the audit browser, so the audit can read the sign-in cookies', () => {
    expect(signInCommand(base).args).toEqual(expect.arrayContaining([...KEYCHAIN_ARGS]));
  });

  it('carries no automation, debugging or headless flag (sites refuse sign-in under automation)', () => {
    const args = signInCommand(base).args;
    expect(args.filter((a) => /^--(enable-automation|remote-debugging|headless)/.test(a))).toEqual([]);
  });

  it('turns the sandbox off only when running as root, as for the audit browser', () => {
    expect(signInCommand(base).args).not.toContain('--no-sandbox');
    expect(signInCommand({ ...base, asRoot: true }).args).toContain('--no-sandbox');
  });

  it('passes the user\'s own flags before the address, and keeps the address last', () => {
    const args = signInCommand({ ...base, extraArgs: ['--lang=en-GB'] }).args;
    expect(args.slice(-2)).toEqual(['--lang=en-GB', 'https://x.com/i/flow/login']);
  });

  it.each(['--enable-automation', '--remote-debugging-port=9222', '--remote-debugging-pipe'])(
    'refuses the flag %s, which would get sign-in refused',
    (flag) => {
      expect(() => signInCommand({ ...base, extraArgs: [flag] })).toThrow(/cannot be used for signing in/);
    },
  );
});
