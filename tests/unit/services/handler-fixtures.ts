/** A handler table over a real store in a temp folder and a scripted engine, as the app builds it. */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProgressEvent } from '../../../main/engine/audit/progress.ts';
import type { EngineClient, EngineMethod, EngineParams, EngineResults } from '../../../main/engine/host/protocol.ts';
import { confBackend } from '../../../main/engine/store/conf-backend.ts';
import type { AppStore } from '../../../main/engine/store/model.ts';
import { openStore } from '../../../main/engine/store/open-store.ts';
import { createHandlers } from '../../../main/services/create-handlers.ts';
import { invokeHandler, type Handlers } from '../../../main/services/handler-table.ts';
import { externalLinkAllowed } from '../../../main/app/security/external-links.ts';
import type { AuditEvent } from '../../../main/shared/api-contract.ts';
import { testEncryptor } from '../../fixtures/test-encryptor.ts';

export const CHECKLIST_DIR = fileURLToPath(new URL('../../../checklists/', import.meta.url));

type Script = { [M in EngineMethod]?: (params: EngineParams<M>) => Promise<EngineResults[M]> };

/** An engine that answers from a script and records every call. */
export function scriptedEngine(script: Script): EngineClient & { calls: { method: EngineMethod; params: unknown }[]; progress: (runId: string, event: ProgressEvent) => void } {
  const calls: { method: EngineMethod; params: unknown }[] = [];
  const listeners = new Set<(runId: string, event: ProgressEvent) => void>();
  return {
    calls,
    progress: (runId, event) => { for (const l of listeners) l(runId, event); },
    call: <M extends EngineMethod>(method: M, params: EngineParams<M>): Promise<EngineResults[M]> => {
      calls.push({ method, params });
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
  /** The store file's bytes: unchanged bytes mean no state change. */
  fileText(): string;
}

export async function handlerHarness(dataDir: string, engine: EngineClient): Promise<Harness> {
  const store = await openStore({ dir: dataDir, createBackend: confBackend, encryptor: testEncryptor() });
  const events: AuditEvent[] = [];
  const opened: string[] = [];
  let sessionClears = 0;
  const { handlers } = createHandlers({
    store, engine, dataDir, checklistDir: CHECKLIST_DIR, appVersion: '0.1.0-test', extraBrowserArgs: ['--test-flag'],
    emit: (event) => { events.push(event); },
    clearSessionData: () => { sessionClears += 1; return Promise.resolve(); },
    openExternal: (url) => { opened.push(url); return Promise.resolve(); },
    newId: randomUUID, now: () => new Date('2026-11-25T14:00:00.000Z'),
  }, externalLinkAllowed);
  return {
    store, handlers, events, opened, sessionClears: () => sessionClears,
    call: (channel, args, trusted = true) => invokeHandler(handlers, channel, args, trusted),
    fileText: () => { try { return readFileSync(store.status.path, 'utf8'); } catch { return '(no file)'; } },
  };
}
