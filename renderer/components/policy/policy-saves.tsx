import { useState } from 'react';
import type { PolicyFormat } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';
import { longDate } from '../../dates.ts';
import { errorText } from '../../hooks/use-async.ts';

type Outcome = { saved: string; what: string } | { cancelled: string } | { problem: string } | null;

const FORMATS: { format: PolicyFormat; label: string; what: string; primary: boolean }[] = [
  { format: 'docx', label: 'Save as Word document (DOCX)', what: 'Your policy is saved as a Word document, in this file:', primary: true },
  { format: 'pdf', label: 'Save as PDF', what: 'Your policy is saved as a PDF, in this file:', primary: false },
  { format: 'markdown', label: 'Save as Markdown', what: 'Your policy is saved as Markdown, in this file:', primary: false },
];

function OutcomeText({ outcome }: { outcome: Outcome }): React.JSX.Element | null {
  if (outcome === null || 'problem' in outcome) return null;
  if ('cancelled' in outcome) return <p className="nhsuk-body">{outcome.cancelled}</p>;
  return (
    <div className="nhsuk-inset-text nhsuk-u-margin-top-0">
      <p className="nhsuk-body">{outcome.what}</p>
      <p className="nhsuk-body app-file-path">{outcome.saved}</p>
      <p className="nhsuk-body">Chaperone did not send it anywhere.</p>
    </div>
  );
}

/** Word (to adapt), PDF and Markdown, each through the system's save dialog; then where it went. */
export function PolicySaves(): React.JSX.Element {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const save = async (format: (typeof FORMATS)[number]): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const saved = await chaperone().policy.export({ format: format.format });
      setOutcome(saved === null ? { cancelled: 'You did not save the policy.' } : { saved: saved.path, what: format.what });
    } catch (error) {
      setOutcome({ problem: `The policy was not saved: ${errorText(error)}` });
    }
    setBusy(false);
  };
  return (
    <section aria-labelledby="policy-save-heading">
      <h2 className="nhsuk-heading-m" id="policy-save-heading">Save your policy</h2>
      <p className="nhsuk-body">Save it as a Word document to adapt it to your work, or as a PDF or Markdown to keep or share.</p>
      <div className="nhsuk-button-group">
        {FORMATS.map((format) => (
          <button
            key={format.format} type="button" className={`nhsuk-button${format.primary ? '' : ' nhsuk-button--secondary'}`}
            aria-disabled={busy} onClick={() => { void save(format); }}
          >
            {format.label}
          </button>
        ))}
      </div>
      <div role="status"><OutcomeText outcome={outcome} /></div>
      {outcome !== null && 'problem' in outcome && (
        <p className="nhsuk-error-message" role="alert"><span className="nhsuk-u-visually-hidden">Error: </span>{outcome.problem}</p>
      )}
    </section>
  );
}

/** "Add the review date to your calendar": a calendar file saved where the person chooses. */
export function PolicyReminder({ reviewOn }: { reviewOn: string }): React.JSX.Element {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const save = async (): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      const saved = await chaperone().policy.saveReminder();
      setOutcome(saved === null ? { cancelled: 'You did not save a reminder.' }
        : { saved: saved.path, what: `${saved.overdue ? 'The review date has passed, so Chaperone saved a reminder for tomorrow' : 'Chaperone saved a reminder for'}, ${longDate(`${saved.day}T12:00:00`)}, in this file. Open it to add the reminder to your calendar:` });
    } catch (error) {
      setOutcome({ problem: `The reminder was not saved: ${errorText(error)}` });
    }
    setBusy(false);
  };
  return (
    <section aria-labelledby="policy-review-heading">
      <h2 className="nhsuk-heading-m" id="policy-review-heading">Review date</h2>
      <p className="nhsuk-body">Review your policy by {longDate(`${reviewOn}T12:00:00`)}. Chaperone will offer your answers again, so you only change what has changed.</p>
      <button className="nhsuk-button nhsuk-button--secondary" type="button" disabled={busy} onClick={() => { void save(); }}>
        Add the review date to your calendar
      </button>
      <div role="status"><OutcomeText outcome={outcome} /></div>
      {outcome !== null && 'problem' in outcome && (
        <p className="nhsuk-error-message" role="alert"><span className="nhsuk-u-visually-hidden">Error: </span>{outcome.problem}</p>
      )}
    </section>
  );
}
