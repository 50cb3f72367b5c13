import { useEffect, useRef, useState } from 'react';

export type AsyncState<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'failed'; message: string };

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Loads when `key` changes (and on reload()); gives the value, or the failure's plain message. */
export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> & { reload: () => void } {
  const [result, setResult] = useState<AsyncState<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => {
    let current = true;
    latest.current().then(
      (value) => { if (current) setResult({ state: 'ready', value }); },
      (error: unknown) => { if (current) setResult({ state: 'failed', message: errorText(error) }); },
    );
    return () => { current = false; };
  }, [key, generation]);
  return { ...result, reload: () => { setGeneration((g) => g + 1); } };
}
