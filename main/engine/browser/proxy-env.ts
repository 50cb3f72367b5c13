/**
 * The proxy the person's environment asks for (https_proxy, http_proxy, all_proxy, no_proxy, as on
 * many NHS networks), and any proxy they gave the browser themselves with --browser-arg.
 */

export interface ProxyServer {
  scheme: 'http' | 'https' | 'socks4' | 'socks5';
  /** As written in a URL: an IPv6 address keeps its brackets. */
  host: string;
  port: number;
}

export interface EnvProxy {
  /** For https (and wss) addresses; null means they go direct. */
  https: ProxyServer | null;
  /** For http (and ws) addresses. */
  http: ProxyServer | null;
  /** no_proxy: host names (a leading "." or "*." kept as ".domain") that never use the proxy. */
  bypass: string[];
}

const SCHEMES: Record<string, { scheme: ProxyServer['scheme']; port: number }> = {
  'http:': { scheme: 'http', port: 80 },
  'https:': { scheme: 'https', port: 443 },
  'socks:': { scheme: 'socks4', port: 1080 },
  'socks4:': { scheme: 'socks4', port: 1080 },
  'socks4a:': { scheme: 'socks4', port: 1080 },
  'socks5:': { scheme: 'socks5', port: 1080 },
  'socks5h:': { scheme: 'socks5', port: 1080 },
};

/** One proxy address ("proxy.trust.nhs.uk:8080", "http://user:pw@proxy:3128/"); null if it is not one. */
export function parseProxy(value: string): ProxyServer | null {
  const text = value.trim();
  if (text === '' || text === 'direct://') return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    return null;
  }
  const known = SCHEMES[url.protocol];
  if (known === undefined || url.hostname === '') return null;
  // User name and password are dropped: Chromium takes none from its flags (it asks, or fails, at the proxy).
  return { scheme: known.scheme, host: url.hostname.toLowerCase(), port: url.port === '' ? known.port : Number(url.port) };
}

function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name] ?? env[name.toUpperCase()];
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** The environment's proxy, or null when it sets none (or no_proxy is "*"). */
export function proxyFromEnv(env: NodeJS.ProcessEnv): EnvProxy | null {
  const all = envValue(env, 'all_proxy');
  const https = parseProxy(envValue(env, 'https_proxy') ?? all ?? '');
  const http = parseProxy(envValue(env, 'http_proxy') ?? all ?? '');
  if (https === null && http === null) return null;
  const entries = (envValue(env, 'no_proxy') ?? '').split(/[\s,]+/).map((entry) => entry.trim().toLowerCase()).filter((entry) => entry !== '');
  if (entries.includes('*')) return null;
  const bypass = entries.map((entry) => entry.replace(/^\*\./, '.').replace(/:\d+$/, ''));
  return { https, http, bypass };
}

const PROXY_FLAG = /^--(proxy-server|proxy-pac-url|no-proxy-server|proxy-auto-detect)(=|$)/;

/** Whether the browser flags already say how to use a proxy (the person's own --browser-arg, or the demo's --no-proxy-server). */
export function hasProxyFlag(args: readonly string[]): boolean {
  return args.some((arg) => PROXY_FLAG.test(arg));
}

/** The proxies named in --proxy-server flags ("host:port", "socks5://host:port", "https=host:port;http=…"). */
export function proxiesInFlags(args: readonly string[]): ProxyServer[] {
  return args
    .filter((arg) => arg.startsWith('--proxy-server='))
    .flatMap((arg) => arg.slice('--proxy-server='.length).split(';'))
    .map((entry) => parseProxy(entry.replace(/^[a-z]+=(?!\/)/i, '')))
    .filter((server) => server !== null);
}

/** The distinct proxies an environment proxy uses. */
export function proxiesOf(proxy: EnvProxy | null): ProxyServer[] {
  const servers = [proxy?.https, proxy?.http].filter((server) => server !== null && server !== undefined);
  return servers.filter((server, i) => servers.findIndex((s) => s.host === server.host && s.port === server.port) === i);
}
