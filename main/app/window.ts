import { BrowserWindow } from 'electron';
import { installNavigationGuards } from './security/navigation.ts';
import { secureWebPreferences } from './security/web-preferences.ts';

export interface WindowOptions {
  preload: string;
  url: string;
  appOrigin: string;
  onExternalLink: (url: string) => void;
}

/** The one app window: sandboxed, isolated, no Node; it may show only the app's own pages. */
export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({ /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK */ // set by secureWebPreferences(), pinned by tests/unit/app-security
    width: 1100,
    height: 800,
    minWidth: 480,
    minHeight: 400,
    show: false,
    title: 'Chaperone',
    backgroundColor: '#f0f4f5',
    webPreferences: secureWebPreferences(options.preload),
  });
  installNavigationGuards(window.webContents, { appOrigin: options.appOrigin, onExternalLink: options.onExternalLink });
  window.once('ready-to-show', () => { window.show(); });
  void window.loadURL(options.url);
  return window;
}
