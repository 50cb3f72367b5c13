/**
 * Starts every waiter with a shared signal and resolves with the first one that succeeds; the
 * others are then cancelled. Rejects with the first error only when all of them failed.
 */
export async function firstOf<T>(
  signal: AbortSignal,
  waiters: readonly ((signal: AbortSignal) => Promise<T>)[],
): Promise<T> {
  const losers = new AbortController();
  const shared = AbortSignal.any([signal, losers.signal]);
  try {
    return await Promise.any(waiters.map((wait) => wait(shared)));
  } catch (error) {
    if (signal.aborted) throw abortReason(signal);
    if (error instanceof AggregateError && error.errors.length > 0) throw firstError(error.errors);
    throw error;
  } finally {
    losers.abort(new Error('Another outcome came first.'));
  }
}

function firstError(errors: unknown[]): Error {
  const first: unknown = errors[0];
  return first instanceof Error ? first : new Error(String(first));
}

function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error('The step was cancelled.');
}
