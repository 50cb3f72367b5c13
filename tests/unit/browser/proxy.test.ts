/**
 * The environment's proxy (https_proxy and the like, as on many NHS networks) in the audit
 * browser: the resolver lock lets the proxy's name resolve, and a PAC script sends only the
 * platform's hosts through it.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { proxyPacScript } from '../../../main/engine/browser/proxy-args.ts';
import { proxiesInFlags, proxyFromEnv } from '../../../main/engine/browser/proxy-env.ts';
import { resolverLockArgs } from '../../../main/engine/browser/resolver-lock.ts';
import { reasonForFailure } from '../../../main/engine/platforms/read-helpers/failure-reason.ts';

const rulesOf = (args: string[]): string[] => args.filter((a) => a.startsWith('--host-resolver-rules='));

/** Runs a PAC script as Chromium would, for one address. */
function pacSays(script: string, url: string): string {
  return String(vm.runInNewContext(`${script}\nFindProxyForURL(${JSON.stringify(url)}, ${JSON.stringify(new URL(url).hostname)});`));
}

function pacOf(args: string[]): string {
  const arg = args.find((a) => a.startsWith('--proxy-pac-url=data:application/x-ns-proxy-autoconfig;base64,'));
  if (arg === undefined) throw new Error(`no PAC flag in ${args.join(' ')}`);
  return Buffer.from(arg.slice(arg.indexOf(',') + 1), 'base64').toString('utf8');
}

describe('proxyFromEnv', () => {
  it('reads https_proxy, http_proxy and all_proxy, in either case, with or without a scheme', () => {
    expect(proxyFromEnv({ HTTPS_PROXY: 'proxy.trust.nhs.uk:8080' })).toEqual({
      https: { scheme: 'http', host: 'proxy.trust.nhs.uk', port: 8080 }, http: null, bypass: [],
    });
    expect(proxyFromEnv({ all_proxy: 'socks5h://127.0.0.1:1080' })).toMatchObject({
      https: { scheme: 'socks5', host: '127.0.0.1', port: 1080 }, http: { scheme: 'socks5', host: '127.0.0.1', port: 1080 },
    });
    expect(proxyFromEnv({ http_proxy: 'http://user:secret@proxy:3128/' })?.http).toEqual({ scheme: 'http', host: 'proxy', port: 3128 });
  });

  it('has no proxy when none is set, the value is empty or not a proxy, or no_proxy is "*"', () => {
    expect(proxyFromEnv({})).toBeNull();
    expect(proxyFromEnv({ https_proxy: '' })).toBeNull();
    expect(proxyFromEnv({ https_proxy: 'ftp://proxy:21' })).toBeNull();
    expect(proxyFromEnv({ https_proxy: 'proxy:3128', no_proxy: 'localhost,*' })).toBeNull();
  });

  it('reads the proxies the person gave with --proxy-server', () => {
    expect(proxiesInFlags(['--proxy-server=https=proxy.a:8080;http=proxy.b:80', '--lang=en-GB'])).toEqual([
      { scheme: 'http', host: 'proxy.a', port: 8080 }, { scheme: 'http', host: 'proxy.b', port: 80 },
    ]);
    expect(proxiesInFlags(['--proxy-server=socks5://127.0.0.1:9050'])).toEqual([{ scheme: 'socks5', host: '127.0.0.1', port: 9050 }]);
  });
});

describe('resolverLockArgs with a proxy', () => {
  const env = { https_proxy: 'http://proxy.trust.nhs.uk:8080', no_proxy: 'localhost,.nhs.net' };

  it('lets the proxy\'s name resolve on its own port, and nothing else besides the platform', () => {
    expect(rulesOf(resolverLockArgs(['x.com'], [], env))).toEqual([
      '--host-resolver-rules=MAP proxy.trust.nhs.uk:8080 proxy.trust.nhs.uk:8080, MAP * ~NOTFOUND, EXCLUDE x.com',
    ]);
  });

  it('sends only the platform\'s hosts through the proxy; every other host goes "direct", where the lock refuses it', () => {
    const pac = pacOf(resolverLockArgs(['x.com', '*.twimg.com', 'intranet.nhs.net'], [], env));
    expect(pacSays(pac, 'https://x.com/settings')).toBe('PROXY proxy.trust.nhs.uk:8080');
    expect(pacSays(pac, 'https://pbs.twimg.com/a.jpg')).toBe('PROXY proxy.trust.nhs.uk:8080');
    expect(pacSays(pac, 'https://tracker.example/collect')).toBe('DIRECT');
    expect(pacSays(pac, 'https://notx.com/')).toBe('DIRECT');
    // no_proxy is honoured for the platform's own hosts.
    expect(pacSays(pac, 'https://intranet.nhs.net/')).toBe('DIRECT');
    // https_proxy only: plain http goes direct, as curl and Chromium do.
    expect(pacSays(pac, 'http://x.com/')).toBe('DIRECT');
  });

  it('uses the person\'s own proxy flag as given, only letting its host resolve', () => {
    const args = resolverLockArgs(['x.com'], ['--proxy-server=socks5://127.0.0.1:9050'], env);
    expect(args.some((a) => a.startsWith('--proxy-pac-url'))).toBe(false);
    expect(rulesOf(args)).toEqual(['--host-resolver-rules=MAP 127.0.0.1:9050 127.0.0.1:9050, MAP * ~NOTFOUND, EXCLUDE x.com']);
  });

  it('adds nothing when the args say not to use a proxy (the demo\'s --no-proxy-server)', () => {
    const args = resolverLockArgs(['x.com'], ['--no-proxy-server'], env);
    expect(args).toEqual(['--no-proxy-server', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE x.com']);
  });

  it('writes a PAC script for http and socks proxies too', () => {
    const pac = proxyPacScript(['x.com'], {
      https: { scheme: 'socks5', host: 'socks.local', port: 1080 }, http: { scheme: 'https', host: 'secure.proxy', port: 443 }, bypass: [],
    });
    expect(pacSays(pac, 'https://x.com/')).toBe('SOCKS5 socks.local:1080');
    expect(pacSays(pac, 'http://x.com/')).toBe('HTTPS secure.proxy:443');
  });
});

describe('the reason the person sees when the proxy fails', () => {
  const signal = new AbortController().signal;

  it.each([
    'net::ERR_PROXY_CONNECTION_FAILED at https://x.com/settings',
    'net::ERR_TUNNEL_CONNECTION_FAILED at https://x.com/settings',
    'net::ERR_PROXY_AUTH_UNSUPPORTED at https://x.com/settings',
    'net::ERR_SOCKS_CONNECTION_FAILED at https://x.com/settings',
  ])('%s names the proxy, not just the platform', (message) => {
    const failure = reasonForFailure(new Error(message), signal, 'X');
    expect(failure.reason).toBe('network-error');
    expect(failure.detail).toMatch(/^X could not be reached through the proxy server/);
    expect(failure.detail).not.toContain('https://x.com');
  });

  it('keeps the plain message for other network errors', () => {
    expect(reasonForFailure(new Error('net::ERR_NAME_NOT_RESOLVED at https://x.com/'), signal, 'X').detail).toBe('X could not be reached.');
  });
});
