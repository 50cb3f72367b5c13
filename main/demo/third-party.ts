import type { Emulator } from './types.ts';
import { sendPixel, sendScript } from './http-util.ts';

/**
 * Trackers and CDNs that real platform pages load but that belong to nobody being audited. Tests start
 * this so they can prove the audit browser never asked for them: it only answers, the harness logs.
 */
export const THIRD_PARTY_HOSTS = [
  'www.googletagmanager.com',
  'www.google-analytics.com',
  'analytics.google.com',
  'stats.g.doubleclick.net',
  'connect.facebook.net',
] as const;

export function createThirdPartyEmulator(hosts: readonly string[] = THIRD_PARTY_HOSTS): Emulator {
  return {
    name: 'third-party',
    hosts: [...hosts],
    handle(_req, res, url) {
      if (url.pathname.endsWith('.js') || url.pathname.startsWith('/gtag/js')) {
        sendScript(res, '/* third-party script stand-in */', { 'access-control-allow-origin': '*' });
      } else {
        sendPixel(res);
      }
    },
  };
}
