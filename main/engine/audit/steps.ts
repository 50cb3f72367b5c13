import { BrowserStartTimeoutError } from '../browser/bounded-launch.ts';
import { BrowserLaunchError, ProfileDirError, ProfileInUseError } from '../browser/errors.ts';
import type { StepRunner, UnreadReason } from '../types.ts';

/** The first step of every account: a browser that does not start in time has failed, not the platform. */
export const START_STEP = 'Starting the browser';

export class StepTimeoutError extends Error {
  readonly step: string;
  constructor(step: string, ms: number) {
    super(step === START_STEP
      ? `The browser did not answer within ${String(Math.round(ms / 1000))} s, so it was stopped.`
      : `"${step}" took longer than ${String(Math.round(ms / 1000))} s.`);
    this.name = 'StepTimeoutError';
    this.step = step;
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

export class PlatformNotSupportedError extends Error {
  constructor(platform: string) {
    super(`Chaperone cannot audit ${platform} accounts yet; check this account by hand.`);
    this.name = 'PlatformNotSupportedError';
  }
}

/** Maps whatever stopped an account's audit to a reason an item can carry. */
export function reasonForError(error: unknown): UnreadReason {
  if (error instanceof StepTimeoutError) return error.step === START_STEP ? 'browser-failed' : 'timeout';
  if (error instanceof AuditCancelledError) return 'cancelled';
  if (error instanceof PlatformNotSupportedError) return 'not-supported';
  return 'browser-failed';
}

const OWN_ERRORS = [StepTimeoutError, AuditCancelledError, BrowserCrashedError, PlatformNotSupportedError, ProfileInUseError];

/**
 * Words for the report: our own errors are written for the user; anything else is cut to its
 * first line with paths and addresses taken out, so no profile folder or URL with a token in its
 * query reaches a report.
 */
export function errorForReport(error: unknown): string {
  if (OWN_ERRORS.some((kind) => error instanceof kind)) return (error as Error).message;
  if (error instanceof BrowserLaunchError) {
    const start = error.cause instanceof BrowserStartTimeoutError
      ? `The browser did not answer within ${String(error.cause.seconds)} seconds, so it was stopped.` : 'The browser would not start.';
    return `${start} Check that it opens normally on its own, close any Chaperone sign-in window, or choose another browser.`;
  }
  if (error instanceof ProfileDirError) return "Chaperone will not use this account's browser folder: it belongs to an everyday browser profile.";
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = (text.split('\n')[0] ?? '').replace(/(?:[a-z][a-z0-9+.-]*:)?(?:[A-Za-z]:)?[\\/][^\s'"]*/gi, '[…]').slice(0, 160);
  return `Something unexpected stopped the audit of this account (${firstLine}).`;
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
