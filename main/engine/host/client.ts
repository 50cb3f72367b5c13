/**
 * The main side of the main↔engine link: numbered calls, one reply each, progress to listeners.
 * When the engine process dies every waiting call fails with words the user can act on.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { ProgressEvent } from '../audit/progress.ts';
import type { EngineClient, EngineMethod, EngineResults, MessageLink } from './protocol.ts';

export interface EngineClientOptions {
  /** How long stop() waits for the engine to close its browsers and exit. Default 15 s. */
  stopGraceMs?: number;
  /** Ends the engine process when it does not exit within the grace period. */
  kill?: () => void;
}

export const DEFAULT_STOP_GRACE_MS = 15_000;

export function engineStoppedMessage(detail: string): string {
  return `The audit engine stopped unexpectedly (${detail}). Your stored data is safe; try again.`;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export function createEngineClient(link: MessageLink, options: EngineClientOptions = {}): EngineClient {
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const listeners = new Set<(runId: string, event: ProgressEvent) => void>();
  let closedDetail: string | null = null;
  let markClosed = (): void => undefined;
  const closed = new Promise<void>((resolve) => { markClosed = resolve; });

  link.onMessage((message) => {
    if (!isRecord(message)) return;
    if (message.type === 'progress' && typeof message.runId === 'string' && isRecord(message.event)) {
      // The engine is our own code: its events are trusted to match the protocol.
      const event = message.event as unknown as ProgressEvent;
      for (const listener of listeners) listener(message.runId, event);
      return;
    }
    if (message.type !== 'reply' || typeof message.id !== 'number') return;
    const call = pending.get(message.id);
    if (call === undefined) return;
    pending.delete(message.id);
    if (message.ok === true) call.resolve(message.value);
    else call.reject(new Error(typeof message.error === 'string' ? message.error : 'The audit engine failed without saying why.'));
  });

  link.onClose((detail) => {
    if (closedDetail !== null) return;
    closedDetail = detail;
    for (const call of pending.values()) call.reject(new Error(engineStoppedMessage(detail)));
    pending.clear();
    markClosed();
  });

  const request = (method: EngineMethod, params: unknown): Promise<unknown> => {
    if (closedDetail !== null) return Promise.reject(new Error(engineStoppedMessage(closedDetail)));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      try {
        link.post({ id, method, params });
      } catch (error) {
        pending.delete(id);
        reject(new Error(engineStoppedMessage(error instanceof Error ? error.message : String(error))));
      }
    });
  };
  // The engine answers each method with that method's result type (protocol.ts).
  const call: EngineClient['call'] = (method, params) => request(method, params) as Promise<EngineResults[typeof method]>;

  return {
    call,
    onProgress(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    async stop() {
      if (closedDetail !== null) return;
      // Only the process exiting counts as stopped; its reply alone does not.
      void call('shutdown', {}).catch(() => undefined);
      const grace = new AbortController();
      const timedOut = await Promise.race([
        closed.then(() => false),
        delay(options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS, true, { signal: grace.signal }),
      ]);
      grace.abort();
      if (timedOut) options.kill?.();
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
