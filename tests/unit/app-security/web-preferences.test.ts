/** The app window's web preferences, pinned exactly: any change to them must change this test too. */
import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../main/app/security/web-preferences.ts';

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and strips the window of Node, extras and network-fetched features', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      enableWebSQL: false,
      disableBlinkFeatures: 'Auxclick',
      webgl: false,
      plugins: false,
    });
  });

  it('never turns on Blink features and cannot be changed after the fact', () => {
    const preferences = secureWebPreferences('/p.cjs');
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(Object.isFrozen(preferences)).toBe(true);
    expect(() => { Object.assign(preferences, { sandbox: false }); }).toThrow(TypeError);
    expect(preferences.sandbox).toBe(true);
  });
});
