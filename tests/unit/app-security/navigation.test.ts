/** The window stays on the app's pages: navigations elsewhere, frames, webviews and new windows are refused. */
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { installNavigationGuards, isAppUrl } from '../../../main/app/security/navigation.ts';

type Listener = (event: FakeEvent, ...rest: unknown[]) => void;
interface FakeEvent { url?: string; isMainFrame?: boolean; defaultPrevented: boolean; preventDefault(): void }

/** A stand-in for Electron's WebContents that records listeners and the window-open handler. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: typeof openHandler) { openHandler = handler; },
  };
  return {
    contents: contents as unknown as Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
    /** Emits the event as Electron would; returns whether a guard prevented it. */
    emit(name: string, details: { url?: string; isMainFrame?: boolean } = {}): boolean {
      const event: FakeEvent = { ...details, defaultPrevented: false, preventDefault() { event.defaultPrevented = true; } };
      const registered = listeners.get(name) ?? [];
      if (registered.length === 0) throw new Error(`no listener for ${name}`);
      for (const listener of registered) listener(event, details.url);
      return event.defaultPrevented;
    },
    open(url: string): { action: string } {
      if (!openHandler) throw new Error('no window-open handler');
      return openHandler({ url });
    },
  };
}

const APP = 'app://chaperone';

describe('isAppUrl', () => {
  it('accepts the app origin and the dev server origin by parsed scheme, host and port', () => {
    expect(isAppUrl('app://chaperone/index.html', APP)).toBe(true);
    expect(isAppUrl('app://chaperone/assets/x.js?x#y', APP)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
  });

  it.each([
    'app://chaperone.evil/index.html',
    'app://chaperone@evil/index.html',
    'app://evil@chaperone/index.html',
    'app://chaperone:1/index.html',
    'app://evil/chaperone/',
    'https://chaperone/index.html',
    'file:///opt/chaperone/index.html',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url, APP)).toBe(false);
  });

  it('refuses another port or scheme than the dev server’s', () => {
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('https://localhost:5173/', 'http://localhost:5173')).toBe(false);
  });
});

describe('installNavigationGuards', () => {
  it('lets the page move within the app and prevents navigation or redirects anywhere else', () => {
    const fake = fakeContents();
    installNavigationGuards(fake.contents, { appOrigin: APP });
    expect(fake.emit('will-navigate', { url: 'app://chaperone/index.html#/history' })).toBe(false);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://chaperone.evil/', 'javascript:alert(1)']) {
      expect(fake.emit('will-navigate', { url })).toBe(true);
      expect(fake.emit('will-redirect', { url })).toBe(true);
    }
    expect(fake.emit('will-redirect', { url: 'app://chaperone/index.html' })).toBe(false);
  });

  it('prevents every subframe navigation, even to the app, and foreign main-frame ones', () => {
    const fake = fakeContents();
    installNavigationGuards(fake.contents, { appOrigin: APP });
    expect(fake.emit('will-frame-navigate', { url: 'app://chaperone/index.html', isMainFrame: false })).toBe(true);
    expect(fake.emit('will-frame-navigate', { url: 'https://example.com/', isMainFrame: true })).toBe(true);
    expect(fake.emit('will-frame-navigate', { url: 'app://chaperone/index.html', isMainFrame: true })).toBe(false);
  });

  it('never attaches a <webview>', () => {
    const fake = fakeContents();
    installNavigationGuards(fake.contents, { appOrigin: APP });
    expect(fake.emit('will-attach-webview')).toBe(true);
  });

  it('denies every new window and hands on only https links', () => {
    const forwarded: string[] = [];
    const fake = fakeContents();
    installNavigationGuards(fake.contents, { appOrigin: APP, onExternalLink: (url) => forwarded.push(url) });
    const urls = [
      'https://www.gmc-uk.org/guidance', 'http://www.gmc-uk.org/guidance', 'javascript:alert(1)',
      'file:///etc/passwd', 'app://chaperone/index.html', 'data:text/html,<b>x</b>', 'not a url',
    ];
    for (const url of urls) expect(fake.open(url)).toStrictEqual({ action: 'deny' });
    expect(forwarded).toEqual(['https://www.gmc-uk.org/guidance']);
  });

  it('still denies the window when there is no link callback or the callback throws', () => {
    const bare = fakeContents();
    installNavigationGuards(bare.contents, { appOrigin: APP });
    expect(bare.open('https://example.com/')).toStrictEqual({ action: 'deny' });
    const throwing = fakeContents();
    installNavigationGuards(throwing.contents, { appOrigin: APP, onExternalLink: () => { throw new Error('boom'); } });
    expect(throwing.open('https://example.com/')).toStrictEqual({ action: 'deny' });
  });
});
