import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';

// A first window onto the renderer. The secure shell (app:// scheme, CSP, IPC, utility process)
// comes with the desktop-shell issue; until then the CLI (`chaperone`) is the way to audit.
function createWindow(): void {
  const window = new BrowserWindow({
    width: 1100,
    height: 800,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl) void window.loadURL(devUrl);
  else void window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
}

if (!app.requestSingleInstanceLock()) app.quit();
void app.whenReady().then(createWindow);
app.on('window-all-closed', () => { app.quit(); });
