/**
 * The desktop app's start-up: the only place that wires Electron to the engine and the handlers.
 * Security choices are in ./security (each pinned by a unit test); this file only applies them.
 */
import { randomUUID } from 'node:crypto';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { APP_VERSION } from '../cli/version.ts';
import { splitArgs } from '../cli/split-args.ts';
import { openStore } from '../engine/store/open-store.ts';
import { createHandlers } from '../services/create-handlers.ts';
import { electronStoreBackend } from './electron-store-backend.ts';
import { startEngine } from './engine-process.ts';
import { auditEventSender, registerIpc } from './ipc.ts';
import { setApplicationMenu } from './menu.ts';
import { appPaths } from './paths.ts';
import { applyDevPolicy, registerAppScheme, serveRenderer } from './protocol.ts';
import { renderPdfInHiddenWindow } from './render-pdf.ts';
import { saveFileWithDialog } from './save-file.ts';
import { safeStorageEncryptor } from './safe-storage-encryptor.ts';
import { APP_ENTRY_URL, APP_ORIGIN } from './security/app-protocol.ts';
import { externalLinkAllowed } from './security/external-links.ts';
import { installNavigationGuards } from './security/navigation.ts';
import { denyAllPermissions } from './security/permissions.ts';
import { createMainWindow } from './window.ts';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const appOrigin = devServerUrl === undefined ? APP_ORIGIN : new URL(devServerUrl).origin;
const dataDir = appPaths.dataDir();
// Electron's own caches live with the rest of the user's Chaperone data (and in the test's folder).
app.setPath('userData', dataDir);
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  // Links the page tries to open go through the same allow-list as the API's openLink, once it exists.
  let openLink: (url: string) => void = () => undefined;
  const engine = startEngine(appPaths.engineEntry());

  app.on('second-instance', () => {
    if (window === null) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // Every web contents, not just the window: nothing may navigate away, open windows or attach webviews.
  app.on('web-contents-created', (_event, contents) => {
    installNavigationGuards(contents, { appOrigin, onExternalLink: (url) => { openLink(url); } });
  });

  // Read before anything opens: a setting that cannot be read is said as itself, not as a store fault.
  let extraBrowserArgs: string[] = [];
  let argsProblem: string | null = null;
  try {
    extraBrowserArgs = splitArgs(process.env.CHAPERONE_BROWSER_ARGS ?? '');
  } catch (error) {
    argsProblem = error instanceof Error ? error.message : String(error);
  }

  void app.whenReady().then(async () => {
    if (argsProblem !== null) {
      dialog.showErrorBox('Chaperone cannot start',
        `${argsProblem}\n\nCHAPERONE_BROWSER_ARGS is set in the environment Chaperone was opened from. Correct it or remove it, then open Chaperone again.`);
      app.exit(2);
      return;
    }
    denyAllPermissions(session.defaultSession);
    if (devServerUrl === undefined) serveRenderer(session.defaultSession, appPaths.rendererDir());
    else applyDevPolicy(session.defaultSession, devServerUrl);
    const store = await openStore({ dir: dataDir, createBackend: electronStoreBackend, encryptor: await safeStorageEncryptor() });
    const { handlers } = createHandlers({
      store, engine, dataDir, checklistDir: appPaths.checklistDir(), appVersion: APP_VERSION,
      extraBrowserArgs,
      emit: auditEventSender(() => window?.webContents ?? null),
      clearSessionData: () => session.defaultSession.clearData(),
      openExternal: (url) => shell.openExternal(url), /* eng-disable OPEN_EXTERNAL_JS_CHECK */ // only after externalLinkAllowed (https, listed in the checklists)
      saveFile: saveFileWithDialog({
        showSaveDialog: (options) => (window === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(window, options)),
        documentsDir: () => app.getPath('documents'),
      }),
      renderPdf: renderPdfInHiddenWindow,
      newId: randomUUID, now: () => new Date(),
    }, externalLinkAllowed);
    openLink = (url) => { handlers['report:openLink']({ url }).catch(() => undefined); };
    registerIpc(handlers, appOrigin);
    setApplicationMenu({ dataDir, dev: devServerUrl !== undefined });
    window = createMainWindow({ preload: appPaths.preload(), url: devServerUrl ?? APP_ENTRY_URL });
    window.on('closed', () => { window = null; });
  }).catch((error: unknown) => {
    // The store could not even be created (a folder without write access, a full disk): say so and stop.
    dialog.showErrorBox('Chaperone cannot start',
      `Chaperone could not open its data folder ${dataDir}.\n\n${error instanceof Error ? error.message : String(error)}`);
    app.exit(1);
  });

  app.on('window-all-closed', () => { app.quit(); });
  quitAfterEngineStops(() => engine.stop());
}

/** Quitting waits for the engine to close every audit browser and sign-in window it opened. */
function quitAfterEngineStops(stop: () => Promise<void>): void {
  let state: 'running' | 'stopping' | 'stopped' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'stopped') return;
    event.preventDefault();
    if (state === 'stopping') return;
    state = 'stopping';
    void stop().catch(() => undefined).finally(() => {
      state = 'stopped';
      app.quit();
    });
  });
}
