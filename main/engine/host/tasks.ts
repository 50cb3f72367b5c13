/**
 * Long-running work the engine can be asked to stop: audit runs by run id, sign-in windows by
 * account id. Each has its own AbortController; shutdown aborts them all and waits for them.
 */
import { setTimeout as delay } from 'node:timers/promises';

export interface Tasks {
  /** Runs `work` under `key`; throws `busy` when a task with that key is still running. */
  run<T>(key: string, busy: () => Error, work: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Aborts the task; false when there is none under that key. */
  abort(key: string): boolean;
  /** Aborts the task and waits (at most `timeoutMs`) until it has finished. */
  stop(key: string, timeoutMs: number): Promise<void>;
  abortAll(): void;
  /** Resolves once every task has finished, or after `timeoutMs`, whichever is first. */
  settled(timeoutMs: number): Promise<void>;
}

export function createTasks(): Tasks {
  const running = new Map<string, { controller: AbortController; done: Promise<unknown> }>();
  return {
    async run(key, busy, work) {
      if (running.has(key)) throw busy();
      const controller = new AbortController();
      const done = work(controller.signal);
      running.set(key, { controller, done });
      try {
        return await done;
      } finally {
        running.delete(key);
      }
    },
    abort(key) {
      const task = running.get(key);
      task?.controller.abort();
      return task !== undefined;
    },
    async stop(key, timeoutMs) {
      const task = running.get(key);
      if (task === undefined) return;
      task.controller.abort();
      await within(timeoutMs, [task.done]);
    },
    abortAll() {
      for (const task of running.values()) task.controller.abort();
    },
    settled: (timeoutMs) => within(timeoutMs, [...running.values()].map((task) => task.done)),
  };
}

async function within(timeoutMs: number, work: Promise<unknown>[]): Promise<void> {
  const timer = new AbortController();
  await Promise.race([Promise.allSettled(work), delay(timeoutMs, undefined, { signal: timer.signal }).catch(() => undefined)]);
  timer.abort();
}
