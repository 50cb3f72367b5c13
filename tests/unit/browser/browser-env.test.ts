import { describe, expect, it } from 'vitest';
import { browserEnvironment } from '../../../main/engine/browser/browser-env.ts';

describe('the environment a browser starts with', () => {
  const long = `/tmp/${'nested-folder/'.repeat(5)}tmp`;

  it('keeps a short TMPDIR and everything else as it is', () => {
    const env = { TMPDIR: '/tmp/user-1000', HOME: '/home/a', DISPLAY: ':0' };
    expect(browserEnvironment(env, 'linux')).toEqual(env);
  });

  it('gives the browser /tmp when TMPDIR is too long for its socket, keeping the rest', () => {
    expect(browserEnvironment({ TMPDIR: long, HOME: '/home/a' }, 'linux')).toEqual({ TMPDIR: '/tmp', HOME: '/home/a' });
  });

  it('counts bytes, not characters', () => {
    const accented = `/tmp/${'é'.repeat(30)}`;
    expect(browserEnvironment({ TMPDIR: accented }, 'linux').TMPDIR).toBe('/tmp');
  });

  it('leaves macOS and Windows alone', () => {
    expect(browserEnvironment({ TMPDIR: long }, 'darwin').TMPDIR).toBe(long);
    expect(browserEnvironment({ TMPDIR: long }, 'win32').TMPDIR).toBe(long);
  });
});
