import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProgressEvent } from '../../../main/engine/audit/progress.ts';
import type { AuditEvent } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';
import { useNavigation } from '../../hooks/navigation.ts';
import { errorText } from '../../hooks/use-async.ts';

export type RunPhase =
  | { name: 'ready' }
  | { name: 'starting' }
  | { name: 'running'; runId: string; cancelling: boolean }
  | { name: 'failed'; message: string };

export interface AuditRun {
  phase: RunPhase;
  progress: ProgressEvent[];
  /** showBrowser: read in a visible window instead of out of sight. */
  start(accountIds: string[] | undefined, showBrowser?: boolean): void;
  cancel(): void;
}

/**
 * Starts an audit and follows its events until it finishes (then opens the results) or fails.
 * Events can arrive before start() has told us the run's id, so those are held until it has.
 */
export function useAuditRun(): AuditRun {
  const { navigate } = useNavigation();
  const [phase, setPhase] = useState<RunPhase>({ name: 'ready' });
  const [progress, setProgress] = useState<ProgressEvent[]>([]);
  const runId = useRef<string | null>(null);
  const early = useRef<AuditEvent[] | null>(null);

  const handle = useCallback((event: AuditEvent) => {
    if (event.type === 'progress') setProgress((list) => [...list, event.progress]);
    else if (event.type === 'finished') navigate({ name: 'results', auditId: event.auditId });
    else setPhase({ name: 'failed', message: event.message });
  }, [navigate]);

  useEffect(() => chaperone().audit.onEvent((event) => {
    if (runId.current === null) early.current?.push(event);
    else if (event.runId === runId.current) handle(event);
  }), [handle]);

  const start = useCallback((accountIds: string[] | undefined, showBrowser = false) => {
    setPhase({ name: 'starting' });
    setProgress([]);
    runId.current = null;
    early.current = [];
    chaperone().audit.start({ ...(accountIds === undefined ? {} : { accountIds }), ...(showBrowser ? { showBrowser } : {}) }).then(
      (started) => {
        runId.current = started.runId;
        setPhase({ name: 'running', runId: started.runId, cancelling: false });
        for (const event of early.current?.splice(0) ?? []) if (event.runId === started.runId) handle(event);
        early.current = null;
      },
      (error: unknown) => { early.current = null; setPhase({ name: 'failed', message: errorText(error) }); },
    );
  }, [handle]);

  const cancel = useCallback(() => {
    if (phase.name !== 'running' || phase.cancelling) return;
    setPhase({ ...phase, cancelling: true });
    chaperone().audit.cancel({ runId: phase.runId }).catch((error: unknown) => {
      setPhase({ name: 'failed', message: `The audit could not be stopped: ${errorText(error)}` });
    });
  }, [phase]);

  return { phase, progress, start, cancel };
}
