import { describe, expect, it } from 'vitest';
import { WEBRTC_ARGS } from '../../../main/engine/browser/launch-args.ts';
import { BASIC_STORE_ARGS } from '../../../main/engine/browser/password-store.ts';
import { signInCommand } from '../../../main/engine/browser/sign-in.ts';

const base = {
  executablePath: '/usr/bin/google-chrome',
  profileDir: '/data/chaperone/profiles/x-work',
  url: 'https://x.com/i/flow/login',
  extraArgs: [] as string[],
  asRoot: false,
  passwordStore: 'basic' as const,
};

describe('signInCommand', () => {
  it('opens the account\'s own profile as a plain window on the sign-in page', () => {
    expect(signInCommand(base)).toEqual({
      command: '/usr/bin/google-chrome',
      args: [
        '--user-data-dir=/data/chaperone/profiles/x-work',
        '--use-mock-keychain', '--password-store=basic',
        ...WEBRTC_ARGS,
        '--no-first-run', '--new-window',
        'https://x.com/i/flow/login',
      ],
    });
  });

  it('uses the profile\'s password store: the keychain where recorded, the fixed key for older profiles', () => {
    expect(signInCommand(base).args).toEqual(expect.arrayContaining([...BASIC_STORE_ARGS]));
    const keyring = signInCommand({ ...base, passwordStore: 'gnome-libsecret' }).args;
    expect(keyring).toContain('--password-store=gnome-libsecret');
    expect(keyring).not.toContain('--use-mock-keychain');
    expect(signInCommand({ ...base, passwordStore: 'keychain' }).args.filter((a) => /keychain|password-store/.test(a))).toEqual([]);
  });

  it('keeps WebRTC to proxied connections, as the audit browser does', () => {
    expect(signInCommand(base).args).toContain('--force-webrtc-ip-handling-policy=disable_non_proxied_udp');
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
