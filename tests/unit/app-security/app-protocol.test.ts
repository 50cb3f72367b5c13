/** app:// serves the built renderer and nothing else: one host, GET only, no way out of the folder. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_CUSTOM_SCHEME, APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME_PRIVILEGES, resolveAppRequest,
} from '../../../main/app/security/app-protocol.ts';
import { PRODUCTION_CSP } from '../../../main/app/security/csp.ts';

const DIR = '/opt/chaperone/out/renderer';

describe('app:// scheme', () => {
  it('is standard and secure, and neither bypasses the CSP nor opens itself to other origins', () => {
    expect(APP_ORIGIN).toBe('app://chaperone');
    expect(APP_ENTRY_URL).toBe('app://chaperone/index.html');
    expect(APP_SCHEME_PRIVILEGES).toStrictEqual({ standard: true, secure: true });
    expect(APP_CUSTOM_SCHEME).toStrictEqual({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(Object.isFrozen(APP_SCHEME_PRIVILEGES)).toBe(true);
  });
});

describe('resolveAppRequest', () => {
  it('serves index.html for the root, with the strict policy and hardening headers', () => {
    for (const url of ['app://chaperone', 'app://chaperone/', APP_ENTRY_URL]) {
      expect(resolveAppRequest(url, DIR)).toStrictEqual({
        file: join(DIR, 'index.html'),
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': PRODUCTION_CSP,
          'X-Content-Type-Options': 'nosniff',
          'Cross-Origin-Opener-Policy': 'same-origin',
          'Cross-Origin-Resource-Policy': 'same-origin',
          'Referrer-Policy': 'no-referrer',
        },
      });
    }
  });

  it('maps assets under the folder with their content type, ignoring query and fragment', () => {
    const js = resolveAppRequest('app://chaperone/assets/index-DeMpZIlU.js?v=1#top', DIR);
    expect(js).toMatchObject({ file: join(DIR, 'assets', 'index-DeMpZIlU.js'), headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
    expect(resolveAppRequest('app://chaperone/assets/app.css', DIR)).toMatchObject({ headers: { 'Content-Type': 'text/css; charset=utf-8' } });
    expect(resolveAppRequest('app://chaperone/assets/logo.SVG', DIR)).toMatchObject({ headers: { 'Content-Type': 'image/svg+xml' } });
    expect(resolveAppRequest('app://chaperone/assets/my%20font.woff2', DIR)).toMatchObject({ file: join(DIR, 'assets', 'my font.woff2') });
  });

  it('answers HEAD like GET and refuses every other method', () => {
    expect(resolveAppRequest(APP_ENTRY_URL, DIR, 'HEAD')).toHaveProperty('file');
    expect(resolveAppRequest(APP_ENTRY_URL, DIR, 'POST')).toStrictEqual({ status: 405 });
  });

  it.each([
    ['app://chaperone.evil/index.html', 403],
    ['app://evil/index.html', 403],
    ['app://CHAPERONE/index.html', 403],
    ['app://chaperone:8080/index.html', 403],
    ['app://user:pass@chaperone/index.html', 400],
    ['https://chaperone/index.html', 400],
    ['file:///etc/passwd', 400],
    ['not a url', 400],
  ])('refuses %s (%i)', (url, status) => {
    expect(resolveAppRequest(url, DIR)).toStrictEqual({ status });
  });

  it.each([
    'app://chaperone/..%2f..%2fetc%2fpasswd.txt',
    'app://chaperone/%2e%2e%2f%2e%2e%2fsecret.json',
    'app://chaperone/..%5c..%5cwindows%5cwin.ini.txt',
    'app://chaperone/assets\\..\\..\\secret.js',
    'app://chaperone/%2Fetc%2Fpasswd.txt',
    'app://chaperone//etc/passwd.txt',
    'app://chaperone/C:/Windows/win.ini.txt',
    'app://chaperone/index.html%00.js',
    'app://chaperone/index.js%2500',
    'app://chaperone/%E0%A4%A.js',
    'app://chaperone/.env.json',
    'app://chaperone/assets/.hidden.js',
  ])('refuses the traversal or odd path %s', (url) => {
    expect(resolveAppRequest(url, DIR)).toStrictEqual({ status: 403 });
  });

  it('keeps dot segments that the URL parser resolves inside the folder', () => {
    // `..` and `%2e%2e` are resolved by the URL parser before we see them, so they can only climb to the root.
    for (const url of ['app://chaperone/a/../../../../index.html', 'app://chaperone/%2e%2e/%2e%2e/index.html']) {
      expect(resolveAppRequest(url, DIR)).toMatchObject({ file: join(DIR, 'index.html') });
    }
  });

  it('serves only known file types', () => {
    expect(resolveAppRequest('app://chaperone/assets/', DIR)).toStrictEqual({ status: 403 });
    expect(resolveAppRequest('app://chaperone/etc/passwd', DIR)).toStrictEqual({ status: 404 });
    expect(resolveAppRequest('app://chaperone/tool.exe', DIR)).toStrictEqual({ status: 404 });
  });
});
