/** A handler table over a real store in a temp folder and a scripted engine, as the app builds it. */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProgressEvent } from '../../../main/engine/audit/progress.ts';
import type { EngineClient, EngineMethod, EngineParams, EngineResults } from '../../../main/engine/host/protocol.ts';
import { parseRequest } from '../../../main/engine/host/request-schema.ts';
import { confBackend } from '../../../main/engine/store/conf-backend.ts';
import type { AppStore, Encryptor } from '../../../main/engine/store/model.ts';
import { openStore } from '../../../main/engine/store/open-store.ts';
import { createHandlers } from '../../../main/services/create-handlers.ts';
import { invokeHandler, type Handlers } from '../../../main/services/handler-table.ts';
import { externalLinkAllowed } from '../../../main/app/security/external-links.ts';
import type { AuditEvent } from '../../../main/shared/api-contract.ts';
import { testEncryptor } from '../../fixtures/test-encryptor.ts';

export const CHECKLIST_DIR = fileURLToPath(new URL('../../../checklists/', import.meta.url));

type Script = { [M in EngineMethod]?: (params: EngineParams<M>) => Promise<EngineResults[M]> };

/** An engine that answers from a script and records every call; requests the real engine would refuse are refused. */
export function scriptedEngine(script: Script): EngineClient & { calls: { method: EngineMethod; params: unknown }[]; progress: (runId: string, event: ProgressEvent) => void } {
  const calls: { method: EngineMethod; params: unknown }[] = [];
  const listeners = new Set<(runId: string, event: ProgressEvent) => void>();
  return {
    calls,
    progress: (runId, event) => { for (const l of listeners) l(runId, event); },
    call: <M extends EngineMethod>(method: M, params: EngineParams<M>): Promise<EngineResults[M]> => {
      calls.push({ method, params });
      // What the real engine process would refuse, this one refuses too.
      const parsed = parseRequest({ id: calls.length, method, params });
      if (!parsed.ok) return Promise.reject(new Error(parsed.error));
      const answer = script[method];
      return answer === undefined ? Promise.resolve(null as EngineResults[M]) : answer(params);
    },
    onProgress: (listener) => { listeners.add(listener); return () => { listeners.delete(listener); }; },
    stop: () => Promise.resolve(),
  };
}

export interface Harness {
  store: AppStore;
  handlers: Handlers;
  events: AuditEvent[];
  opened: string[];
  /** How many times the window's web session data was cleared. */
  sessionClears: () => number;
  /** Calls a channel as the IPC layer does, from the app's own page unless said otherwise. */
  call(channel: string, args?: unknown, trusted?: boolean): Promise<unknown>;
  /** Files the app asked to save, with the name it suggested; bytes (a PDF) also appear in content, read as Latin-1. */
  saved: SavedFile[];
  /** What the save dialog answers next: a path, or null for "Cancel". */
  answerSaveDialog(path: string | null): void;
  /** The store file's bytes: unchanged bytes mean no state change. */
  fileText(): string;
  /** The HTML of every PDF the app asked to print. */
  printed: string[];
}

export interface SavedFile {
  suggestedName: string;
  /** Text as given; bytes read as Latin-1, so a PDF's text can be searched. */
  content: string;
  /** Only for bytes (the PDF): exactly what would be written. */
  bytes?: Uint8Array;
}

/** A saved file's bytes as they would be on disk. */
export function savedBytes(file: SavedFile): Uint8Array {
  return file.bytes ?? new TextEncoder().encode(file.content);
}

/** What the fake PDF printer returns: a PDF's first and last lines around the HTML's length, so tests need no Chromium. */
export function fakePdf(html: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.7\n% fake PDF of ${String(html.length)} characters of HTML\n%%EOF\n`);
}

export interface HarnessOptions {
  /** Browser flags the main process passes on (tests: the emulators' host mapping). */
  extraBrowserArgs?: string[];
  /** Also called with every audit event, e.g. to deliver it to a page (RendererSession.emit). */
  onEmit?: (event: AuditEvent) => void;
  /** The clock; a fixed moment by default. */
  now?: () => Date;
  /** Prints HTML to PDF; by default fakePdf, and the HTML is kept in Harness.printed. */
  renderPdf?: (html: string) => Promise<Uint8Array>;
  /** The keychain; a fresh in-memory key by default. */
  encryptor?: Encryptor;
}

export async function handlerHarness(dataDir: string, engine: EngineClient, options: HarnessOptions = {}): Promise<Harness> {
  const store = await openStore({ dir: dataDir, createBackend: confBackend, encryptor: options.encryptor ?? testEncryptor() });
  const events: AuditEvent[] = [];
  const opened: string[] = [];
  let sessionClears = 0;
  const saved: SavedFile[] = [];
  const printed: string[] = [];
  let savePath: string | null = join(dataDir, 'saved-report.json');
  const { handlers } = createHandlers({
    store, engine, dataDir, checklistDir: CHECKLIST_DIR, appVersion: '0.1.0-test', extraBrowserArgs: options.extraBrowserArgs ?? ['--test-flag'],
    emit: (event) => { events.push(event); options.onEmit?.(event); },
    clearSessionData: () => { sessionClears += 1; return Promise.resolve(); },
    openExternal: (url) => { opened.push(url); return Promise.resolve(); },
    saveFile: (suggestedName, content) => {
      if (savePath !== null) {
        saved.push(typeof content === 'string' ? { suggestedName, content } : { suggestedName, content: Buffer.from(content).toString('latin1'), bytes: content });
      }
      return Promise.resolve(savePath);
    },
    renderPdf: (html) => {
      printed.push(html);
      return options.renderPdf?.(html) ?? Promise.resolve(fakePdf(html));
    },
    newId: randomUUID, now: options.now ?? (() => new Date('2026-11-25T14:00:00.000Z')),
  }, externalLinkAllowed);
  return {
    store, handlers, events, opened, sessionClears: () => sessionClears, saved, printed,
    answerSaveDialog: (path) => { savePath = path; },
    call: (channel, args, trusted = true) => invokeHandler(handlers, channel, args, trusted),
    fileText: () => { try { return readFileSync(store.status.path, 'utf8'); } catch { return '(no file)'; } },
  };
}
