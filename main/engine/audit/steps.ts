import type { StepRunner, UnreadReason } from '../types.ts';

export class StepTimeoutError extends Error {
  constructor(step: string, ms: number) {
    super(`"${step}" took longer than ${Math.round(ms / 1000)} s.`);
    this.name = 'StepTimeoutError';
  }
}

export class AuditCancelledError extends Error {
  constructor() {
    super('The audit was cancelled.');
    this.name = 'AuditCancelledError';
  }
}

export class BrowserCrashedError extends Error {
  constructor() {
    super('The browser used for this account stopped unexpectedly.');
    this.name = 'BrowserCrashedError';
  }
}

/** Maps whatever stopped an account's audit to a reason an item can carry. */
export function reasonForError(error: unknown): UnreadReason {
  if (error instanceof StepTimeoutError) return 'timeout';
  if (error instanceof AuditCancelledError) return 'cancelled';
  if (error instanceof BrowserCrashedError) return 'browser-failed';
  return 'browser-failed';
}

/**
 * A step runner: each step gets its own time limit and stops when the account is cancelled or
 * its browser dies. The step's function receives a signal it should pass on; the runner does
 * not wait for a function that ignores it.
 */
export function createStepRunner(
  account: AbortSignal,
  timeoutMs: number,
  onStep: (name: string) => void,
): StepRunner {
  return async <T>(name: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    account.throwIfAborted();
    onStep(name);
    const controller = new AbortController();
    const timer = setTimeout(() => { controller.abort(new StepTimeoutError(name, timeoutMs)); }, timeoutMs);
    const forward = (): void => { controller.abort(account.reason); };
    account.addEventListener('abort', forward, { once: true });
    const stopped = new Promise<never>((_resolve, reject) => {
      controller.signal.addEventListener('abort', () => { reject(toError(controller.signal.reason)); }, { once: true });
    });
    try {
      return await Promise.race([fn(controller.signal), stopped]);
    } finally {
      clearTimeout(timer);
      account.removeEventListener('abort', forward);
    }
  };
}

function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
