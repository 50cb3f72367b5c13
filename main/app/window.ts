import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './security/web-preferences.ts';

/**
 * The one app window: sandboxed, isolated, no Node. Navigation guards are installed for every web
 * contents in main.ts, this window's included.
 */
export function createMainWindow(options: { preload: string; url: string }): BrowserWindow {
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
  window.once('ready-to-show', () => { window.show(); });
  void window.loadURL(options.url);
  return window;
}
