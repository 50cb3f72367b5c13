import { useEffect, useRef } from 'react';
import type { Account } from '../../../main/shared/api-contract.ts';
import { PLATFORM_NAMES } from '../../../main/shared/platforms.ts';

/** The step before disconnecting: what goes (the sign-in) and what stays (past audits, the account itself). */
export function DisconnectConfirm({ account, busy, onConfirm, onCancel }: {
  account: Account; busy: boolean; onConfirm: () => void; onCancel: () => void;
}): React.JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, []);
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <h4 className="nhsuk-card__heading" tabIndex={-1} ref={heading}>Disconnect {account.label}?</h4>
        <p className="nhsuk-body">
          This deletes the browser profile Chaperone keeps for this account, and with it your sign-in.
          To check it again, you would add it and sign in again.
        </p>
        <p className="nhsuk-body">
          Your past audits are kept. Nothing changes on your {PLATFORM_NAMES[account.platform]} account itself.
        </p>
        <div className="nhsuk-button-group">
          <button className="nhsuk-button nhsuk-button--warning" type="button" disabled={busy} onClick={onConfirm}>Yes, disconnect</button>
          <button className="nhsuk-button nhsuk-button--secondary" type="button" disabled={busy} onClick={onCancel}>No, keep it</button>
        </div>
      </div>
    </div>
  );
}
