/**
 * The engine process's own end of the link, in either of the two ways it can be started:
 * an Electron utilityProcess (process.parentPort) or a Node child process (process.send).
 */
import type { MessageLink } from './protocol.ts';

/** The part of Electron's ParentPort the engine uses; typed here so the engine never imports Electron. */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

export interface ProcessLink {
  link: MessageLink;
  /** Resolves once what was posted has left this process, so exiting does not lose a reply. */
  flush: () => Promise<void>;
}

const PARENT_CHECK_MS = 2_000;

export function parentPortLink(port: ParentPortLike): ProcessLink {
  return {
    link: {
      post: (message) => { port.postMessage(message); },
      onMessage: (listener) => { port.on('message', (event) => { listener(event.data); }); },
      // ParentPort has no close event; Electron ends utility processes with the app, this covers a crash.
      onClose: (listener) => { watchParent(listener); },
    },
    // postMessage has no completion callback; a moment lets the port send what is queued.
    flush: () => new Promise((resolve) => { setTimeout(resolve, 100); }),
  };
}

export function ipcLink(): ProcessLink {
  let unsent = 0;
  let drained = (): void => undefined;
  return {
    link: {
      post: (message) => {
        if (process.send === undefined || !process.connected) return;
        unsent += 1;
        process.send(message, undefined, {}, () => {
          unsent -= 1;
          if (unsent === 0) drained();
        });
      },
      onMessage: (listener) => { process.on('message', listener); },
      onClose: (listener) => {
        process.once('disconnect', () => { listener('the app closed the connection'); });
        watchParent(listener);
      },
    },
    flush: () => (unsent === 0 ? Promise.resolve() : new Promise((resolve) => {
      drained = resolve;
      setTimeout(resolve, 2_000).unref();
    })),
  };
}

/** Calls `listener` once if the process that started this one is no longer running. */
function watchParent(listener: (detail: string) => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch (error) {
      // EPERM: it exists but is not ours to signal, so it is still there.
      if ((error as NodeJS.ErrnoException).code === 'EPERM') return;
      clearInterval(timer);
      listener('the app is no longer running');
    }
  }, PARENT_CHECK_MS);
  timer.unref();
}
