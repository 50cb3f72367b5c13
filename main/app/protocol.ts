import { pathToFileURL } from 'node:url';
import { net, protocol, type Session } from 'electron';
import { APP_CUSTOM_SCHEME, APP_SCHEME, resolveAppRequest } from './security/app-protocol.ts';
import { contentSecurityPolicy } from './security/csp.ts';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_CUSTOM_SCHEME]);
}

/** Serves the built renderer, and nothing else, at app://chaperone/ with the strict CSP as a header. */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(request.url, rendererDir, request.method);
    if ('status' in resolved) return new Response(null, { status: resolved.status });
    try {
      const file = await net.fetch(pathToFileURL(resolved.file).toString());
      return new Response(request.method === 'HEAD' ? null : file.body, { status: file.status, headers: resolved.headers });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}

/** Development only: the Vite dev server's pages get the development policy as a header. */
export function applyDevPolicy(session: Session, devServerUrl: string): void {
  const policy = contentSecurityPolicy({ dev: true, devServerUrl });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } }); /* eng-disable CSP_GLOBAL_CHECK */ // policy from security/csp.ts, pinned by csp.test.ts
  });
}
