/** An engine served in this process over an in-memory link, spoken to in raw messages. */
import { createLinkPair } from '../../../main/engine/host/memory-link.ts';
import type { EngineMessage } from '../../../main/engine/host/protocol.ts';
import { serveEngine } from '../../../main/engine/host/serve-engine.ts';

export interface RawEngine {
  /** Every message the engine has posted, in order. */
  received: EngineMessage[];
  exits: number[];
  post(message: unknown): void;
  /** Posts a request and resolves with the engine's reply to its id. */
  ask(message: { id: number } & Record<string, unknown>): Promise<EngineMessage & { type: 'reply' }>;
  /** Resolves once the engine has had time to answer anything it was going to answer. */
  settle(): Promise<void>;
}

export function rawEngine(): RawEngine {
  const pair = createLinkPair();
  const received: EngineMessage[] = [];
  const exits: number[] = [];
  const waiting = new Map<number, (reply: EngineMessage & { type: 'reply' }) => void>();
  serveEngine(pair.engine, { exit: (code) => { exits.push(code); }, shutdownWaitMs: 5_000 });
  pair.client.onMessage((raw) => {
    const message = raw as EngineMessage;
    received.push(message);
    if (message.type === 'reply') waiting.get(message.id)?.(message);
  });
  return {
    received,
    exits,
    post: (message) => { pair.client.post(message); },
    ask: (message) => new Promise((resolve) => {
      waiting.set(message.id, resolve);
      pair.client.post(message);
    }),
    settle: () => new Promise((resolve) => { setTimeout(resolve, 50); }),
  };
}
