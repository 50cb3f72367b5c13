import { createHash } from 'node:crypto';

/** The renderer's Content-Security-Policy in the packaged app: only its own scripts, styles, images and fonts. */
export const PRODUCTION_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
  "frame-src 'none'; worker-src 'none'";

/** The inline script @vitejs/plugin-react adds to index.html in development (base '/'); a test pins it to the plugin. */
export const REACT_REFRESH_PREAMBLE = `import { injectIntoGlobalHook } from "/@react-refresh";
injectIntoGlobalHook(window);
window.$RefreshReg$ = () => {};
window.$RefreshSig$ = () => (type) => type;`;

/** How the renderer is served: packaged (app://), or from the Vite dev server at devServerUrl. */
export type CspMode = { dev: false } | { dev: true; devServerUrl: string };

/** A CSP source expression allowing exactly one inline script, by its SHA-256. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The policy for the mode; development adds only what the Vite dev server needs. */
export function contentSecurityPolicy(mode: CspMode): string {
  // Development: the React refresh preamble (by hash, not 'unsafe-inline'), inline <style> (Vite injects
  // imported CSS and its error overlay that way), and fetch + websocket to the dev server for hot reload.
  if (!mode.dev) return PRODUCTION_CSP;
  const server = new URL(mode.devServerUrl);
  if (server.protocol !== 'http:' && server.protocol !== 'https:') {
    throw new Error(`The dev server URL must be http or https, not ${server.protocol}`);
  }
  const socket = `${server.protocol === 'https:' ? 'wss:' : 'ws:'}//${server.host}`;
  const additions: Record<string, string> = {
    'script-src': `'self' ${scriptHashSource(REACT_REFRESH_PREAMBLE)}`,
    'style-src': "'self' 'unsafe-inline'",
    'connect-src': `${server.origin} ${socket}`,
  };
  return PRODUCTION_CSP.split('; ')
    .map((directive) => {
      const name = directive.split(' ')[0] ?? '';
      const replacement = additions[name];
      return replacement === undefined ? directive : `${name} ${replacement}`;
    })
    .join('; ');
}
