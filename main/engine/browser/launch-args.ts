/** Command-line flags shared by the audit browser and the sign-in window. */
import { recordedPasswordStore } from './password-store-marker.ts';
import { presentationArgs, type Presentation } from './presentation-args.ts';
import { passwordStoreArgs } from './password-store.ts';
import { proxyServerArgs } from './proxy-args.ts';
import { hasProxyFlag, proxyFromEnv } from './proxy-env.ts';

/** Keep the browser from talking to anything but the pages it is asked to open. */
export const QUIET_ARGS: readonly string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * WebRTC opens its own UDP sockets, which neither the request guard nor the resolver lock sees: a
 * page's STUN request to any address would get out. Only proxied (TCP) WebRTC is allowed, and the
 * audit's proxy sends nothing but the platform's hosts. Chromium 156 obeys only the second
 * spelling (tests/integration/browser/webrtc.test.ts); older Chrome releases know the first.
 */
export const WEBRTC_ARGS: readonly string[] = [
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
];

export function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * How the profile's cookies are encrypted: the store recorded for it (password-store-marker.ts),
 * which the sign-in window and every audit share. A throw-away profile (null) uses the fixed key.
 */
export function profileStoreArgs(profileDir: string | null): string[] {
  return passwordStoreArgs(profileDir === null ? 'basic' : recordedPasswordStore(profileDir).store);
}

export interface AuditArgsOptions {
  extraArgs: readonly string[];
  asRoot?: boolean;
  /** The account's profile, or null for a throw-away one. */
  profileDir?: string | null;
  /** For the proxy settings; defaults to this process's environment. */
  env?: NodeJS.ProcessEnv;
  /** How the browser presents itself to pages (presentation-args.ts); none when not given. */
  presentation?: Presentation;
}

/** Flags for the headless audit browser; extraArgs (user's --browser-arg, tests' host rules) come last. */
export function auditBrowserArgs(options: AuditArgsOptions): string[] {
  const asRoot = options.asRoot ?? runningAsRoot();
  // Without the resolver lock (which gives the proxy as a PAC script), the environment's proxy as plain flags.
  const proxy = hasProxyFlag(options.extraArgs) ? null : proxyFromEnv(options.env ?? process.env);
  return [
    ...profileStoreArgs(options.profileDir ?? null),
    ...QUIET_ARGS,
    ...WEBRTC_ARGS,
    // Chromium's sandbox cannot run as root; only then do without it.
    ...(asRoot ? ['--no-sandbox'] : []),
    '--blink-settings=imagesEnabled=false',
    ...(proxy === null ? [] : proxyServerArgs(proxy)),
    ...(options.presentation === undefined ? [] : presentationArgs(options.presentation)),
    ...options.extraArgs,
  ];
}
