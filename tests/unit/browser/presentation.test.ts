import { describe, expect, it } from 'vitest';
import { metadataFrom, withoutHeadless } from '../../../main/engine/browser/installed-identity.ts';
import { auditBrowserArgs } from '../../../main/engine/browser/launch-args.ts';
import { presentationArgs } from '../../../main/engine/browser/presentation-args.ts';
import { acceptLanguage, languageTag, systemLanguages } from '../../../main/engine/browser/system-language.ts';

const HEADLESS_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36';

describe('the installed browser\'s identity', () => {
  it('sends the user agent of the visible browser: "HeadlessChrome" becomes "Chrome", nothing else changes', () => {
    expect(withoutHeadless(HEADLESS_UA)).toBe(
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
    );
    const edge = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0';
    expect(withoutHeadless(edge)).toBe(edge);
  });

  it('keeps the browser\'s own brands (Edge, Chrome, Brave name themselves) and never a "Headless" one', () => {
    const metadata = metadataFrom({
      brands: [{ brand: 'Not:A-Brand', version: '8' }, { brand: 'Microsoft Edge', version: '156' }, { brand: 'HeadlessChrome', version: '156' }],
      fullVersionList: [{ brand: 'Microsoft Edge', version: '156.0.3000.1' }],
      platform: 'Windows', platformVersion: '15.0.0', architecture: 'x86', bitness: '64', model: '', mobile: false, wow64: false,
    });
    expect(metadata?.brands).toEqual([
      { brand: 'Not:A-Brand', version: '8' }, { brand: 'Microsoft Edge', version: '156' }, { brand: 'Chrome', version: '156' },
    ]);
    expect(metadata).toMatchObject({ platform: 'Windows', platformVersion: '15.0.0', architecture: 'x86', bitness: '64', mobile: false });
    expect(metadataFrom({ platform: 'Linux' })).toBeNull();
  });
});

describe('the person\'s language', () => {
  it('follows the locale variables, in the order the system reads them', () => {
    expect(systemLanguages({ LANG: 'cy_GB.UTF-8' }, 'linux')).toEqual(['cy-GB', 'cy']);
    expect(systemLanguages({ LC_ALL: 'en_IE.UTF-8', LANG: 'de_DE.UTF-8' }, 'linux')).toEqual(['en-IE', 'en']);
    expect(acceptLanguage(['en-GB', 'en'])).toBe('en-GB,en');
  });

  it('is British English when the system names none, and the system\'s own locale on Windows and macOS', () => {
    expect(systemLanguages({ LANG: 'C.UTF-8' }, 'linux', 'en-US')).toEqual(['en-GB', 'en']);
    expect(systemLanguages({}, 'linux', 'en-US')).toEqual(['en-GB', 'en']);
    expect(systemLanguages({}, 'win32', 'pl-PL')).toEqual(['pl-PL', 'pl']);
    expect(languageTag('POSIX')).toBeNull();
  });
});

describe('the presentation flags', () => {
  it('say the window size, the languages and the user agent, and a hidden browser\'s screen matches its window', () => {
    const args = presentationArgs({ headless: true, userAgent: 'UA', languages: ['en-GB', 'en'] });
    expect(args).toEqual([
      '--disable-blink-features=AutomationControlled', '--window-size=1366,768', '--lang=en-GB', '--accept-lang=en-GB,en',
      '--screen-info={1366x768}', '--user-agent=UA',
    ]);
  });

  it('title a visible window as Chaperone\'s, and leave its screen and user agent as they are', () => {
    const args = presentationArgs({ headless: false, userAgent: null, languages: ['en-GB', 'en'], windowTitle: 'Chaperone — reading X' });
    expect(args).toContain('--window-name=Chaperone — reading X');
    expect(args.some((arg) => arg.startsWith('--screen-info') || arg.startsWith('--user-agent'))).toBe(false);
  });

  it('come before the person\'s own --browser-arg flags, which win', () => {
    const args = auditBrowserArgs({
      extraArgs: ['--window-size=1920,1080'], asRoot: false, env: {},
      presentation: { headless: true, userAgent: null, languages: ['en-GB'] },
    });
    expect(args.indexOf('--window-size=1366,768')).toBeLessThan(args.indexOf('--window-size=1920,1080'));
  });
});
