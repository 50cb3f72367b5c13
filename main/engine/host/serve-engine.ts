/**
 * The engine side of the main↔engine link: answers every request exactly once, streams audit
 * progress, and closes every browser it opened before the process goes.
 */
import { findBrowsers, systemBrowserInputs } from '../browser/find-browsers.ts';
import { runAuditRequest } from './audit-request.ts';
import { EngineRequestError, userMessage } from './error-message.ts';
import type { EngineMessage, EngineRequest, EngineResults, MessageLink } from './protocol.ts';
import { parseRequest } from './request-schema.ts';
import { openSignInRequest } from './sign-in-request.ts';
import { createTasks } from './tasks.ts';

export interface ServeEngineOptions {
  /** Ends the process after shutdown, or once main has gone. Without it the engine only closes its browsers. */
  exit?: (code: number) => void;
  /** How long shutdown waits for runs to close their browsers. */
  shutdownWaitMs?: number;
}

export interface EngineServer {
  /** What `shutdown` does, without a reply: abort everything, wait (bounded), exit(0). */
  shutdown(): Promise<void>;
}

export const DEFAULT_SHUTDOWN_WAIT_MS = 10_000;
const SIGN_IN_CLOSE_WAIT_MS = 5_000;

export function serveEngine(link: MessageLink, options: ServeEngineOptions = {}): EngineServer {
  let exited = false;
  const exit = (code: number): void => {
    if (exited) return;
    exited = true;
    options.exit?.(code);
  };
  const runs = createTasks();
  const signIns = createTasks();
  let stopping: Promise<void> | null = null;

  const send = (message: EngineMessage): void => {
    // Main may already be gone; there is nobody left to tell.
    try { link.post(message); } catch { /* ignored */ }
  };

  const closeAll = (): Promise<void> => {
    stopping ??= (async () => {
      runs.abortAll();
      signIns.abortAll();
      const wait = options.shutdownWaitMs ?? DEFAULT_SHUTDOWN_WAIT_MS;
      await Promise.all([runs.settled(wait), signIns.settled(wait)]);
    })();
    return stopping;
  };

  const handle = async (request: EngineRequest): Promise<unknown> => {
    if (stopping !== null && request.method !== 'shutdown') throw new EngineRequestError('The audit engine is shutting down.');
    switch (request.method) {
      case 'audit.run': {
        const { params } = request;
        return runs.run(params.runId, () => new EngineRequestError('An audit with this run id is already under way.'),
          (signal) => runAuditRequest(params, signal, (event) => { send({ type: 'progress', runId: params.runId, event }); }));
      }
      case 'audit.cancel':
        runs.abort(request.params.runId);
        return null satisfies EngineResults['audit.cancel'];
      case 'sign-in.open': {
        const { params } = request;
        return signIns.run(params.account.id, () => new EngineRequestError('A browser window for this account is already open. Close it first, then try again.'),
          (signal) => openSignInRequest(params, signal));
      }
      case 'sign-in.close':
        // Wait for the window to be gone: the caller may be about to delete its profile folder.
        await signIns.stop(request.params.accountId, SIGN_IN_CLOSE_WAIT_MS);
        return null satisfies EngineResults['sign-in.close'];
      case 'browsers.find':
        return findBrowsers(systemBrowserInputs()) satisfies EngineResults['browsers.find'];
      case 'shutdown':
        await closeAll();
        return null satisfies EngineResults['shutdown'];
    }
  };

  link.onMessage((raw) => {
    const parsed = parseRequest(raw);
    if (!parsed.ok) {
      if (parsed.id !== null) send({ type: 'reply', id: parsed.id, ok: false, error: parsed.error });
      return;
    }
    const { request } = parsed;
    void handle(request).then(
      (value) => {
        send({ type: 'reply', id: request.id, ok: true, value });
        if (request.method === 'shutdown') exit(0);
      },
      (error: unknown) => { send({ type: 'reply', id: request.id, ok: false, error: userMessage(error) }); },
    );
  });

  const shutdown = async (): Promise<void> => {
    await closeAll();
    exit(0);
  };
  // Main went away: nobody will read a result, so close every browser and go.
  link.onClose(() => { void shutdown(); });
  return { shutdown };
}
