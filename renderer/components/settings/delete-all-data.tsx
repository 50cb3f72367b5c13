import { useEffect, useRef, useState } from 'react';
import { chaperone } from '../../chaperone-api.ts';
import { errorText } from '../../hooks/use-async.ts';
import { Problem } from '../problem.tsx';

type Step = 'idle' | 'confirming' | 'deleting';

/** "Delete all my data", with a step that says exactly what goes and that nothing changes on the platforms. */
export function DeleteAllData({ onDeleted }: { onDeleted: () => void }): React.JSX.Element {
  const [step, setStep] = useState<Step>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (step === 'confirming') heading.current?.focus();
    if (step === 'idle' && opened.current) start.current?.focus();
    opened.current = step !== 'idle';
  }, [step]);

  const remove = async (): Promise<void> => {
    setStep('deleting');
    setProblem(null);
    try {
      await chaperone().settings.deleteAllData();
      onDeleted();
    } catch (error) {
      setProblem(errorText(error));
      setStep('confirming');
    }
  };

  return (
    <>
      <h2 className="nhsuk-heading-m">Delete all my data</h2>
      {step === 'idle' ? (
        <>
          <p className="nhsuk-body">You can remove everything Chaperone keeps on this computer and start again.</p>
          <button className="nhsuk-button nhsuk-button--warning" type="button" ref={start} onClick={() => { setStep('confirming'); }}>Delete all my data</button>
        </>
      ) : (
        <div className="nhsuk-card nhsuk-card--warning">
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading" tabIndex={-1} ref={heading}>Are you sure you want to delete all your data?</h3>
            {problem !== null && <Problem title="Chaperone could not delete all your data"><p>{problem}</p></Problem>}
            <p className="nhsuk-body">This deletes from this computer:</p>
            <ul className="nhsuk-list nhsuk-list--bullet">
              <li>your accounts and their sign-ins (the browser profile Chaperone keeps for each one)</li>
              <li>your audit history, including your answers and notes</li>
              <li>your details: name, profession, regulator and registration number</li>
              <li>your settings</li>
            </ul>
            <p className="nhsuk-body">
              You cannot undo this. Your accounts on the platforms themselves do not change. Audit summaries you
              saved or uploaded elsewhere are not deleted.
            </p>
            <div className="nhsuk-button-group">
              <button className="nhsuk-button nhsuk-button--warning" type="button" disabled={step === 'deleting'} onClick={() => { void remove(); }}>
                Yes, delete everything
              </button>
              <button className="nhsuk-button nhsuk-button--secondary" type="button" disabled={step === 'deleting'} onClick={() => { setStep('idle'); }}>
                No, keep my data
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
