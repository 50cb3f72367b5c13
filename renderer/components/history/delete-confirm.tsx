import { useEffect, useRef } from 'react';
import type { AuditSummary } from '../../../main/shared/api-contract.ts';
import { longDate } from '../../dates.ts';

interface Props {
  audit: AuditSummary;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The step between "Delete" and deleting: says what goes, and takes focus so the keyboard is there.
 * Buttons are never disabled while busy (that would drop focus); the screen ignores a second press.
 */
export function DeleteConfirm({ audit, busy, onConfirm, onCancel }: Props): React.JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, []);
  const date = longDate(audit.startedAt);
  return (
    <div className="nhsuk-card nhsuk-card--warning" aria-labelledby="delete-confirm-heading" role="region">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading" id="delete-confirm-heading" tabIndex={-1} ref={heading}>
          Delete the audit of {date}?
        </h2>
        <p className="nhsuk-body">
          Its results, your answers to its questions and any checks you ran again will be removed from this computer.
          You cannot undo this. Your accounts and your other audits stay as they are.
        </p>
        <div className="nhsuk-button-group">
          <button type="button" className="nhsuk-button nhsuk-button--warning" onClick={onConfirm} aria-disabled={busy}>
            Yes, delete this audit
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel} aria-disabled={busy}>
            No, keep it
          </button>
        </div>
      </div>
    </div>
  );
}
