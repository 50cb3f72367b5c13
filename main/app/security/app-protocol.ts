import { extname, isAbsolute, join, relative, sep } from 'node:path';
import type { CustomScheme, Privileges } from 'electron';
import { PRODUCTION_CSP } from './csp.ts';

/** The scheme the packaged renderer is served from (checklist item 18: not file://). */
export const APP_SCHEME = 'app';
/** The only host the scheme answers for. */
export const APP_HOST = 'chaperone';
/** The renderer's origin in the packaged app; IPC senders and navigations are checked against it. */
export const APP_ORIGIN = 'app://chaperone';
/** The URL the window loads in the packaged app. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Minimal privileges: standard (real origin, relative URLs, storage) and secure (a secure context). */
// No bypassCSP (the CSP must apply), no corsEnabled or supportFetchAPI: the renderer loads only its own
// same-origin files and talks to main through the preload, never by fetch.
export const APP_SCHEME_PRIVILEGES: Readonly<Privileges> = Object.freeze({ standard: true, secure: true });

/** The argument for protocol.registerSchemesAsPrivileged([APP_CUSTOM_SCHEME]), before app ready. */
export const APP_CUSTOM_SCHEME: Readonly<CustomScheme> = Object.freeze({ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES });

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** Headers on every app:// response. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': PRODUCTION_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
});

/** What to answer: a file under the renderer folder with its headers, or an error status. */
export type AppRequestResolution = { file: string; headers: Record<string, string> } | { status: 400 | 403 | 404 | 405 };

/** Decoded path segments of an app:// path, or null when any segment could reach outside the folder. */
function safeSegments(rawPath: string): string[] | null {
  if (rawPath === '' || rawPath === '/') return ['index.html'];
  if (!rawPath.startsWith('/') || rawPath.includes('\\')) return null;
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // Empty (`//`), dot segments, hidden files, and anything that decodes to a separator, a drive or stream
    // colon, a NUL or another escape is refused rather than normalised.
    if (segment === '' || segment.startsWith('.') || /[/\\:%\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

/** Maps an app:// GET/HEAD to a known-type file under rendererDir, or refuses; pure (caller 404s a missing file). */
export function resolveAppRequest(url: string, rendererDir: string, method = 'GET'): AppRequestResolution {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405 };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.username !== '' || parsed.password !== '') return { status: 400 };
  if (parsed.host !== APP_HOST) return { status: 403 };
  const segments = safeSegments(parsed.pathname);
  if (segments === null) return { status: 403 };
  const contentType = CONTENT_TYPES[extname(segments[segments.length - 1] ?? '').toLowerCase()];
  if (contentType === undefined) return { status: 404 };
  const file = join(rendererDir, ...segments);
  const inside = relative(rendererDir, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return { status: 403 };
  return { file, headers: { 'Content-Type': contentType, ...APP_RESPONSE_HEADERS } };
}
