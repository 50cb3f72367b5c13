/**
 * Chromium flags that send the audit browser through the environment's proxy.
 *
 * With the resolver lock (resolver-lock.ts) a plain --proxy-server would tunnel every host through
 * the proxy, so a page's WebSocket to any host would get out again. Instead a PAC script sends only
 * the platform's own hosts to the proxy and everything else "DIRECT", where the lock refuses it;
 * and the lock lets the proxy's own name resolve, on the proxy's port only.
 */
import type { EnvProxy, ProxyServer } from './proxy-env.ts';

const PAC_KEYWORD: Record<ProxyServer['scheme'], string> = { http: 'PROXY', https: 'HTTPS', socks4: 'SOCKS', socks5: 'SOCKS5' };

function pacTarget(server: ProxyServer | null): string {
  return server === null ? 'DIRECT' : `${PAC_KEYWORD[server.scheme]} ${server.host}:${server.port}`;
}

/** Host patterns ("x.com", "*.x.com", "no_proxy" entries) as PAC suffix matches: ".x.com" matches x.com and below. */
function pacPatterns(patterns: readonly string[], withSubdomains: boolean): string[] {
  return patterns.flatMap((pattern) => {
    const host = pattern.toLowerCase().replace(/\.$/, '');
    if (host.startsWith('*.')) return [host.slice(1)];
    if (host.startsWith('.')) return [host];
    return withSubdomains ? [`.${host}`] : [host];
  });
}

/** The PAC script: the platform's hosts through the proxy (unless no_proxy says otherwise), all else direct. */
export function proxyPacScript(hosts: readonly string[], proxy: EnvProxy): string {
  const allowed = JSON.stringify(pacPatterns(hosts, false));
  // no_proxy "example.com" covers its subdomains too, as curl and Chromium read it.
  const bypass = JSON.stringify(pacPatterns(proxy.bypass, true));
  return [
    'function FindProxyForURL(url, host) {',
    '  var h = host.toLowerCase();',
    '  function any(list) {',
    '    for (var i = 0; i < list.length; i++) {',
    '      var p = list[i];',
    '      if (p.charAt(0) == "." ? (h == p.substring(1) || h.substring(h.length - p.length) == p) : h == p) return true;',
    '    }',
    '    return false;',
    '  }',
    `  if (!any(${allowed}) || any(${bypass})) return "DIRECT";`,
    `  if (url.substring(0, 6) == "https:" || url.substring(0, 4) == "wss:") return ${JSON.stringify(pacTarget(proxy.https))};`,
    `  return ${JSON.stringify(pacTarget(proxy.http))};`,
    '}',
  ].join('\n');
}

export function proxyPacArg(hosts: readonly string[], proxy: EnvProxy): string {
  const script = Buffer.from(proxyPacScript(hosts, proxy), 'utf8').toString('base64');
  return `--proxy-pac-url=data:application/x-ns-proxy-autoconfig;base64,${script}`;
}

/** Without a resolver lock: the proxy as plain flags, with no_proxy as the bypass list. */
export function proxyServerArgs(proxy: EnvProxy): string[] {
  const url = (server: ProxyServer): string => `${server.scheme}://${server.host}:${server.port}`;
  const servers = [
    ...(proxy.https === null ? [] : [`https=${url(proxy.https)}`]),
    ...(proxy.http === null ? [] : [`http=${url(proxy.http)}`]),
  ];
  const bypass = proxy.bypass.flatMap((entry) => (entry.startsWith('.') ? [entry.slice(1), `*${entry}`] : [entry, `*.${entry}`]));
  return [`--proxy-server=${servers.join(';')}`, ...(bypass.length === 0 ? [] : [`--proxy-bypass-list=${bypass.join(';')}`])];
}

/** Resolver-lock rules that let a proxy's name (or address) resolve, for its own port only. */
export function proxyResolverRules(servers: readonly ProxyServer[]): string[] {
  return servers.map((server) => `MAP ${server.host}:${server.port} ${server.host}:${server.port}`);
}
