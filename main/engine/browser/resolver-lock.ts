/**
 * A browser-wide backstop to the per-page request guard: names outside the allow-list do not
 * resolve at all. Request interception cannot see WebSockets, a service worker's own requests,
 * preconnects or DNS prefetches; a host-resolver rule stops all of them, and IP literals too
 * (verified with Debian Chromium 156: `MAP * ~NOTFOUND` refuses ws://127.0.0.1:port).
 *
 * A proxy (https_proxy and the like, or the person's own --proxy-server) would be refused too, so
 * its name resolves on its own port, and the environment's proxy is given as a PAC script that
 * sends only the allowed hosts through it (proxy-args.ts).
 */
import { hostAllowed } from './allow-list.ts';
import { proxyPacArg, proxyResolverRules } from './proxy-args.ts';
import { hasProxyFlag, proxiesInFlags, proxiesOf, proxyFromEnv } from './proxy-env.ts';

const RULES_FLAG = '--host-resolver-rules=';
const HOST_PATTERN = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.?$/i;

/**
 * The browser args with one --host-resolver-rules that lets only `hosts` resolve. Rules the
 * caller already gave (tests map platform hosts to local emulators) come first and keep working:
 * Chromium cancels a MAP whose host is also EXCLUDEd, so no allowed pattern that overlaps one of
 * the caller's own MAP rules is excluded; those hosts resolve only as the caller mapped them.
 * `env` gives the proxy settings unless the args already say how to use a proxy.
 */
export function resolverLockArgs(hosts: readonly string[], args: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const bad = hosts.find((host) => !HOST_PATTERN.test(host));
  if (bad !== undefined) throw new Error(`"${bad}" is not a host name or *.domain pattern.`);
  const own = args.filter((arg) => arg.startsWith(RULES_FLAG)).map((arg) => arg.slice(RULES_FLAG.length).trim());
  const ownRules = own.flatMap((rules) => rules.split(',')).map((rule) => rule.trim()).filter((rule) => rule !== '');
  const mapped = ownRules
    .map((rule) => /^MAP\s+(\S+)/i.exec(rule)?.[1])
    .filter((pattern) => pattern !== undefined)
    .map((pattern) => pattern.replace(/:\d+$/, ''));
  const exclusions = hosts
    .filter((host) => !mapped.some((pattern) => overlaps(host, pattern)))
    .flatMap((host) => (host.startsWith('*.') ? [host.slice(2), host] : [host]))
    .map((host) => `EXCLUDE ${host}`);
  const ownProxy = hasProxyFlag(args);
  const envProxy = ownProxy ? null : proxyFromEnv(env);
  const proxyRules = proxyResolverRules(ownProxy ? proxiesInFlags(args) : proxiesOf(envProxy));
  const rules = [...ownRules, ...proxyRules, 'MAP * ~NOTFOUND', ...exclusions].join(', ');
  return [
    ...args.filter((arg) => !arg.startsWith(RULES_FLAG)),
    `${RULES_FLAG}${rules}`,
    ...(envProxy === null ? [] : [proxyPacArg(hosts, envProxy)]),
  ];
}

/** Whether an allowed pattern and a caller's MAP pattern can name the same host. */
function overlaps(allowed: string, mapped: string): boolean {
  if (mapped === '*') return true;
  const bare = (pattern: string): string => pattern.replace(/^\*\./, '');
  return hostAllowed(bare(mapped), [allowed]) || hostAllowed(bare(allowed), [mapped]);
}
