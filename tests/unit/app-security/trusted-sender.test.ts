/** IPC is answered only for the app's own top-level page. */
import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../main/app/security/trusted-sender.ts';

const APP = 'app://chaperone';
const top = (url: string) => ({ url, parent: null });

describe('isTrustedSender', () => {
  it('trusts the app’s top-level page', () => {
    expect(isTrustedSender(top('app://chaperone/index.html'), APP)).toBe(true);
    expect(isTrustedSender(top('app://chaperone/index.html#/audit'), APP)).toBe(true);
  });

  it('trusts the dev server page only when the caller passes its origin', () => {
    expect(isTrustedSender(top('http://localhost:5173/'), 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender(top('http://localhost:5173/'), APP)).toBe(false);
  });

  it('refuses a missing frame (navigated away or destroyed)', () => {
    expect(isTrustedSender(null, APP)).toBe(false);
    expect(isTrustedSender(undefined, APP)).toBe(false);
  });

  it('refuses subframes, even of the app’s own origin', () => {
    expect(isTrustedSender({ url: 'app://chaperone/index.html', parent: top('app://chaperone/index.html') }, APP)).toBe(false);
    expect(isTrustedSender({ url: 'app://chaperone/index.html', parent: undefined }, APP)).toBe(false);
  });

  it.each([
    'app://chaperone.evil/index.html',
    'app://evil/index.html',
    'app://chaperone@evil/',
    'https://chaperone/index.html',
    'file:///opt/chaperone/out/renderer/index.html',
    'about:blank',
    '',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(top(url), APP)).toBe(false);
  });

  it('refuses a frame that throws when read (Electron does that for disposed frames)', () => {
    const disposed = { parent: null, get url(): string { throw new Error('Render frame was disposed'); } };
    expect(isTrustedSender(disposed, APP)).toBe(false);
  });
});
