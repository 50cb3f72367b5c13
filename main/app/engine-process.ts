import { utilityProcess } from 'electron';
import type { ProgressEvent } from '../engine/audit/progress.ts';
import { createEngineClient } from '../engine/host/client.ts';
import type { EngineClient, EngineMethod, EngineParams, MessageLink } from '../engine/host/protocol.ts';

type ProgressListener = (runId: string, event: ProgressEvent) => void;

/**
 * The audit engine in its own utility process: a page that hangs a browser or a slow read can
 * never freeze the window. If the process dies, pending calls fail with a plain message and the
 * next call starts a fresh one.
 */
export function startEngine(entry: string): EngineClient {
  const listeners = new Set<ProgressListener>();
  let current: { client: EngineClient; engine: { alive: boolean } } | null = null;

  const spawn = (): EngineClient => {
    const child = utilityProcess.fork(entry, [], { serviceName: 'Chaperone audit engine', stdio: 'inherit' });
    const engine = { alive: true };
    const link: MessageLink = {
      post: (message) => { child.postMessage(message); },
      onMessage: (listener) => { child.on('message', listener); },
      onClose: (listener) => { child.once('exit', (code) => { engine.alive = false; listener(`exit code ${code}`); }); },
    };
    const client = createEngineClient(link, { kill: () => { child.kill(); } });
    client.onProgress((runId, event) => { for (const l of listeners) l(runId, event); });
    current = { client, engine };
    return client;
  };
  const live = (): EngineClient => (current?.engine.alive === true ? current.client : spawn());

  return {
    call: <M extends EngineMethod>(method: M, params: EngineParams<M>) => live().call(method, params),
    onProgress: (listener) => {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    stop: async () => { if (current?.engine.alive === true) await current.client.stop(); },
  };
}
