import { useState } from 'react';
import { chaperone } from '../../chaperone-api.ts';
import { errorText } from '../../hooks/use-async.ts';
import { Problem } from '../problem.tsx';

type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; path: string } | { state: 'failed'; message: string };

/** "Save the audit as a JSON file": the system's save dialog, then where it went (nothing if cancelled). */
export function SaveJson({ auditId }: { auditId: string }): React.JSX.Element {
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const start = (): void => {
    if (save.state === 'saving') return;
    setSave({ state: 'saving' });
    chaperone().report.saveJson({ auditId }).then(
      (saved) => { setSave(saved === null ? { state: 'idle' } : { state: 'saved', path: saved.path }); },
      (error: unknown) => { setSave({ state: 'failed', message: errorText(error) }); },
    );
  };
  return (
    <section aria-labelledby="save-json-heading">
      <h2 className="nhsuk-heading-m" id="save-json-heading">Save the full audit</h2>
      <p className="nhsuk-body">
        This saves every result, the guidance it was checked against and your answers in one file (JSON). Keep it with your appraisal records.
        Chaperone can read it again later.
      </p>
      {save.state === 'failed' && <Problem title="The file could not be saved"><p>{save.message}</p></Problem>}
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={start} aria-disabled={save.state === 'saving'}>
        Save the audit as a JSON file
      </button>
      <div role="status" aria-live="polite">
        {save.state === 'saving' && <p className="nhsuk-body">Choose where to save the file…</p>}
        {save.state === 'saved' && (
          <p className="nhsuk-body">Saved to <span className="nhsuk-u-font-weight-bold app-file-path">{save.path}</span></p>
        )}
      </div>
    </section>
  );
}
