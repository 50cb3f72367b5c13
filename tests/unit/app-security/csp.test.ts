/** The Content-Security-Policy: pinned exactly in production; development adds only what the dev server needs. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  PRODUCTION_CSP, REACT_REFRESH_PREAMBLE, contentSecurityPolicy, scriptHashSource,
} from '../../../main/app/security/csp.ts';

function directives(policy: string): Map<string, string> {
  return new Map(policy.split('; ').map((d) => {
    const [name = '', ...sources] = d.split(' ');
    return [name, sources.join(' ')];
  }));
}

describe('content security policy', () => {
  it('in production allows only the app’s own files, and no inline code, network, frames or workers', () => {
    expect(PRODUCTION_CSP).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
      "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
      "frame-src 'none'; worker-src 'none'",
    );
    expect(contentSecurityPolicy({ dev: false })).toBe(PRODUCTION_CSP);
    expect(PRODUCTION_CSP).not.toContain('unsafe');
  });

  it('in development adds only the dev server’s origin and websocket, its inline styles and the React preamble', () => {
    const production = directives(PRODUCTION_CSP);
    const dev = directives(contentSecurityPolicy({ dev: true, devServerUrl: 'http://localhost:5173/' }));
    expect([...dev.keys()]).toEqual([...production.keys()]);
    const changed = [...dev].filter(([name, sources]) => production.get(name) !== sources);
    expect(Object.fromEntries(changed)).toEqual({
      'script-src': `'self' ${scriptHashSource(REACT_REFRESH_PREAMBLE)}`,
      'style-src': "'self' 'unsafe-inline'",
      'connect-src': 'http://localhost:5173 ws://localhost:5173',
    });
    expect(dev.get('script-src')).not.toContain('unsafe');
  });

  it('follows the dev server’s scheme and port, and refuses anything that is not http(s)', () => {
    const dev = directives(contentSecurityPolicy({ dev: true, devServerUrl: 'https://127.0.0.1:5999/app/' }));
    expect(dev.get('connect-src')).toBe('https://127.0.0.1:5999 wss://127.0.0.1:5999');
    expect(() => contentSecurityPolicy({ dev: true, devServerUrl: 'file:///tmp/index.html' })).toThrow(/http or https/);
    expect(() => contentSecurityPolicy({ dev: true, devServerUrl: 'not a url' })).toThrow();
  });

  it('hashes the preamble as the browser does (SHA-256 of the script text, base64)', () => {
    const expected = createHash('sha256').update(REACT_REFRESH_PREAMBLE).digest('base64');
    expect(scriptHashSource(REACT_REFRESH_PREAMBLE)).toBe(`'sha256-${expected}'`);
  });

  it('allows exactly the inline script the installed React plugin serves through the Vite dev server', async () => {
    const server = await createServer({
      configFile: false, logLevel: 'silent', root: new URL('../../../renderer', import.meta.url).pathname,
      plugins: [react()], server: { middlewareMode: true, ws: false }, optimizeDeps: { noDiscovery: true, include: [] },
    });
    try {
      const html = await server.transformIndexHtml('/index.html', readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8'));
      const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
      expect(inline).toEqual([REACT_REFRESH_PREAMBLE]);
    } finally {
      await server.close();
    }
  });
});
