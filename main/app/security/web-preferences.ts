import type { WebPreferences } from 'electron';

/** The app window's frozen web preferences (checklist items 2–4, 6, 8–10, 12), every value explicit. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  // Explicit rather than Electron's defaults, so a default changed by a new Electron cannot weaken the window.
  return Object.freeze({
    preload: preloadPath,
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
    // Electron's spell checker downloads dictionaries from Google; the app makes no network requests.
    spellcheck: false,
    enableWebSQL: false,
    // Middle-click would otherwise raise auxclick and open links outside the navigation guards.
    disableBlinkFeatures: 'Auxclick',
    // The UI draws no 3D; WebGL is GPU attack surface the window does not need.
    webgl: false,
    plugins: false,
  });
}
