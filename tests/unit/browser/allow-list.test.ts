import { describe, expect, it } from 'vitest';
import { hostAllowed } from '../../../main/engine/browser/allow-list.ts';

const X_HOSTS = ['x.com', '*.x.com', '*.twimg.com'];

describe('hostAllowed', () => {
  it('allows the exact host and any subdomain of a *.domain pattern', () => {
    expect(hostAllowed('x.com', X_HOSTS)).toBe(true);
    expect(hostAllowed('api.x.com', X_HOSTS)).toBe(true);
    expect(hostAllowed('abs.twimg.com', X_HOSTS)).toBe(true);
    expect(hostAllowed('a.b.c.twimg.com', X_HOSTS)).toBe(true);
    expect(hostAllowed('twimg.com', X_HOSTS)).toBe(true);
  });

  it('refuses look-alike hosts', () => {
    expect(hostAllowed('evil-x.com', X_HOSTS)).toBe(false);
    expect(hostAllowed('evilx.com', X_HOSTS)).toBe(false);
    expect(hostAllowed('x.com.evil.net', X_HOSTS)).toBe(false);
    expect(hostAllowed('twimg.com.evil.net', X_HOSTS)).toBe(false);
    expect(hostAllowed('nottwimg.com', X_HOSTS)).toBe(false);
  });

  it('matches an exact pattern only exactly', () => {
    expect(hostAllowed('www.linkedin.com', ['linkedin.com'])).toBe(false);
    expect(hostAllowed('linkedin.com', ['linkedin.com'])).toBe(true);
  });

  it('ignores case and a trailing dot', () => {
    expect(hostAllowed('API.X.COM.', X_HOSTS)).toBe(true);
    expect(hostAllowed('x.com', ['X.COM.'])).toBe(true);
    expect(hostAllowed('a.x.com', ['*.X.com.'])).toBe(true);
  });

  it('allows nothing for an empty host, an empty list or malformed patterns', () => {
    expect(hostAllowed('', X_HOSTS)).toBe(false);
    expect(hostAllowed('x.com', [])).toBe(false);
    expect(hostAllowed('x.com', ['*'])).toBe(false);
    expect(hostAllowed('x.com', ['*.'])).toBe(false);
    expect(hostAllowed('a.x.com', ['a.*.com'])).toBe(false);
    expect(hostAllowed('com', ['*.*.com'])).toBe(false);
  });
});
