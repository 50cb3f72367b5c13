/**
 * Two connected MessageLinks in one process, for tests and for running the engine in-process.
 * Messages are structured-cloned and delivered on a later tick, as across a real process boundary.
 */
import type { MessageLink } from './protocol.ts';

export interface LinkPair {
  /** The main side: give it to createEngineClient. */
  client: MessageLink;
  /** The engine side: give it to serveEngine. */
  engine: MessageLink;
  /** Both sides see the link close with this detail (after what was already posted), as when the engine process exits. */
  close(detail: string): void;
}

interface End {
  link: MessageLink;
  deliver(message: unknown): void;
  closed(detail: string): void;
}

export function createLinkPair(): LinkPair {
  let open = true;
  const a = end((message) => { b.deliver(message); });
  const b = end((message) => { a.deliver(message); });

  function end(send: (message: unknown) => void): End {
    const messageListeners: ((message: unknown) => void)[] = [];
    const closeListeners: ((detail: string) => void)[] = [];
    return {
      link: {
        post: (message) => {
          if (!open) return;
          const copy = structuredClone(message);
          setImmediate(() => { send(copy); });
        },
        onMessage: (listener) => { messageListeners.push(listener); },
        onClose: (listener) => { closeListeners.push(listener); },
      },
      deliver: (message) => { for (const listener of messageListeners) listener(message); },
      closed: (detail) => { for (const listener of closeListeners) listener(detail); },
    };
  }

  return {
    client: a.link,
    engine: b.link,
    close: (detail) => {
      if (!open) return;
      open = false;
      // Messages already posted arrive first, as over a pipe.
      setImmediate(() => {
        a.closed(detail);
        b.closed(detail);
      });
    },
  };
}
