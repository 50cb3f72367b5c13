/**
 * Just enough of Electron's main-process API to run main/app/main.ts under plain Node (the binary
 * cannot be installed here): it records what the app asked Electron to do.
 */
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

type Listener = (...args: unknown[]) => unknown;

export interface FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void;
  sent: { channel: string; payload: unknown }[];
  send(channel: string, payload: unknown): void;
  isDestroyed(): boolean;
  /** Options of every printToPDF call; answers with a tiny PDF. */
  printed: Record<string, unknown>[];
  printToPDF(options: Record<string, unknown>): Promise<Buffer>;
}

function webContents(): FakeWebContents {
  const contents = new EventEmitter() as FakeWebContents;
  contents.windowOpenHandler = null;
  contents.setWindowOpenHandler = (handler) => { contents.windowOpenHandler = handler; };
  contents.sent = [];
  contents.send = (channel, payload) => { contents.sent.push({ channel, payload }); };
  contents.isDestroyed = () => false;
  contents.printed = [];
  contents.printToPDF = (options) => { contents.printed.push(options); return Promise.resolve(Buffer.from('%PDF-1.7\n%%EOF\n')); };
  return contents;
}

export function fakeElectron() {
  const log: string[] = [];
  const appEvents = new EventEmitter();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => { markReady = resolve; });
  const ipcHandlers = new Map<string, Listener>();
  const permissionHandlers: Record<string, Listener> = {};
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const windows: { options: { webPreferences: Record<string, unknown> }; url: string | null; webContents: FakeWebContents; destroyed: boolean }[] = [];
  const partitions = new Map<string, { beforeRequest: Listener | null }>();
  const record = (name: string) => (...args: unknown[]): void => { log.push(`${name} ${JSON.stringify(args)}`); };

  const app = {
    isPackaged: false,
    setPath: record('app.setPath'),
    requestSingleInstanceLock: () => true,
    quit: record('app.quit'),
    exit: record('app.exit'),
    getVersion: () => '0.1.0',
    getAppPath: () => fileURLToPath(new URL('../../..', import.meta.url)),
    getPath: (name: string) => `/home/someone/${name}`,
    on: (event: string, listener: Listener) => { appEvents.on(event, listener); return app; },
    whenReady: () => ready,
  };
  const session = {
    defaultSession: {
      ...Object.fromEntries(['setPermissionRequestHandler', 'setPermissionCheckHandler', 'setDevicePermissionHandler', 'setDisplayMediaRequestHandler']
        .map((name) => [name, (handler: Listener) => { permissionHandlers[name] = handler; }])),
      setSpellCheckerEnabled: record('setSpellCheckerEnabled'),
      clearData: () => { log.push('session.clearData'); return Promise.resolve(); },
      setSpellCheckerLanguages: record('setSpellCheckerLanguages'),
      protocol: { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => { protocolHandlers.set(scheme, handler); } },
      webRequest: { onHeadersReceived: record('onHeadersReceived') },
    },
    fromPartition: (name: string) => {
      const partition = partitions.get(name) ?? { beforeRequest: null };
      partitions.set(name, partition);
      return { webRequest: { onBeforeRequest: (listener: Listener) => { partition.beforeRequest = listener; } } };
    },
  };
  class BrowserWindow {
    options: { webPreferences: Record<string, unknown> };
    url: string | null = null;
    destroyed = false;
    webContents = webContents();
    constructor(options: { webPreferences: Record<string, unknown> }) {
      this.options = options;
      windows.push(this);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    once(): void { /* ready-to-show never comes: there is no screen */ }
    on(): void { /* closed never comes either */ }
    loadURL(url: string): Promise<void> { this.url = url; return Promise.resolve(); }
    destroy(): void { this.destroyed = true; }
  }
  const module = {
    app,
    session,
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged') },
    ipcMain: { handle: (channel: string, handler: Listener) => { ipcHandlers.set(channel, handler); } },
    net: { fetch: async (url: string) => new Response(await readFile(fileURLToPath(url))) },
    shell: { openExternal: record('shell.openExternal'), openPath: record('shell.openPath') },
    dialog: {
      showErrorBox: record('dialog.showErrorBox'),
      // The user cancels every save dialog: nothing is written from a test.
      showSaveDialog: (...args: unknown[]) => { log.push(`dialog.showSaveDialog ${JSON.stringify(args.at(-1))}`); return Promise.resolve({ canceled: true, filePath: '' }); },
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: record('Menu.setApplicationMenu') },
    safeStorage: {
      isAsyncEncryptionAvailable: () => Promise.resolve(true),
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptStringAsync: (plain: string) => Promise.resolve(Buffer.from(plain, 'utf8').reverse()),
      decryptStringAsync: (sealed: Buffer) => Promise.resolve({ result: Buffer.from(sealed).reverse().toString('utf8'), shouldReEncrypt: false }),
    },
    utilityProcess: { fork: record('utilityProcess.fork') },
  };
  return { module, log, markReady, appEvents, ipcHandlers, permissionHandlers, protocolHandlers, windows, partitions };
}

/** electron-store imports Electron itself; conf is the same store without it (electron-store's `name` is conf's `configName`). */
export async function fakeElectronStoreModule(): Promise<{ default: unknown }> {
  const Conf = (await import('conf')).default;
  return { default: class extends Conf { constructor(options: { name: string }) { super({ ...options, configName: options.name }); } } };
}
