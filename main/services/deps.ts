/** What the handlers need from the outside world; Electron supplies some of it, tests the rest. */
import type { AuditEvent } from '../shared/api-contract.ts';
import type { EngineClient } from '../engine/host/protocol.ts';
import type { AppStore } from '../engine/store/model.ts';

export interface HandlerDeps {
  store: AppStore;
  engine: EngineClient;
  /** Where browser profiles and the store live. */
  dataDir: string;
  checklistDir: string;
  appVersion: string;
  /** Browser flags from the main process's environment (CHAPERONE_BROWSER_ARGS); never from the renderer. */
  extraBrowserArgs: string[];
  /** Sends an audit event to the app's window. */
  emit: (event: AuditEvent) => void;
  /** Clears what the window's own web session keeps (caches, storage) for "Delete all my data". */
  clearSessionData: () => Promise<void>;
  /** Opens an https link in the user's web browser (Electron's shell.openExternal in the app). */
  openExternal: (url: string) => Promise<void>;
  /**
   * Asks the user where to save a file (suggesting this name) and writes the content there;
   * resolves with the path, or null when they cancelled.
   */
  saveFile: (suggestedName: string, content: string | Uint8Array) => Promise<string | null>;
  /** Prints self-contained HTML to an A4 PDF (a hidden, script-free Electron window in the app). */
  renderPdf: (html: string) => Promise<Uint8Array>;
  newId: () => string;
  now: () => Date;
}
