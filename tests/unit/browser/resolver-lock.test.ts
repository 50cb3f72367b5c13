import { describe, expect, it } from 'vitest';
import { resolverLockArgs } from '../../../main/engine/browser/resolver-lock.ts';

const rulesOf = (args: string[]): string[] => args.filter((a) => a.startsWith('--host-resolver-rules='));

describe('resolverLockArgs', () => {
  it('lets only the platform\'s hosts resolve, the domain and its subdomains for *.domain', () => {
    expect(resolverLockArgs(['x.com', '*.twimg.com'], ['--lang=en-GB'], {})).toEqual([
      '--lang=en-GB',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE x.com, EXCLUDE twimg.com, EXCLUDE *.twimg.com',
    ]);
  });

  it('with no hosts, nothing resolves', () => {
    expect(resolverLockArgs([], [], {})).toEqual(['--host-resolver-rules=MAP * ~NOTFOUND']);
  });

  it('keeps the caller\'s own mappings first and does not exclude (and so cancel) them', () => {
    const args = resolverLockArgs(['x.com', '*.x.com', 'other.net'], [
      '--host-resolver-rules=MAP x.com 127.0.0.1:4443, MAP *.x.com 127.0.0.1:4443',
    ]);
    expect(rulesOf(args)).toEqual([
      '--host-resolver-rules=MAP x.com 127.0.0.1:4443, MAP *.x.com 127.0.0.1:4443, MAP * ~NOTFOUND, EXCLUDE other.net',
    ]);
  });

  it('treats a mapping of one subdomain as covering the pattern it falls under', () => {
    const args = resolverLockArgs(['*.x.com'], ['--host-resolver-rules=MAP api.x.com:443 127.0.0.1:1']);
    expect(rulesOf(args)).toEqual(['--host-resolver-rules=MAP api.x.com:443 127.0.0.1:1, MAP * ~NOTFOUND']);
  });

  it('merges several rule flags into one (Chromium keeps only one)', () => {
    const args = resolverLockArgs(['a.test'], ['--host-resolver-rules=MAP a.test 127.0.0.1:1', '--host-resolver-rules=MAP b.test 127.0.0.1:2']);
    expect(rulesOf(args)).toEqual(['--host-resolver-rules=MAP a.test 127.0.0.1:1, MAP b.test 127.0.0.1:2, MAP * ~NOTFOUND']);
  });

  it.each(['x.com, MAP * 1.2.3.4', 'x.com EXCLUDE', '*', 'a.*.com', ''])('refuses %j, which could rewrite the rules', (host) => {
    expect(() => resolverLockArgs([host], [])).toThrow(/not a host name/);
  });
});
