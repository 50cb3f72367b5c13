import { WarningCallout } from './warning-callout.tsx';

/** The saved data is safe but cannot be opened now (no keychain, a newer Chaperone's file): why (the reason says what is kept and what to do), and "Try again". */
export function LockedNotice({ reason, triedAgain, onTryAgain }: { reason: string; triedAgain: boolean; onTryAgain: () => void }): React.JSX.Element {
  return (
    <WarningCallout heading="Your saved data is locked">
      <p className="nhsuk-body">{reason}</p>
      <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onTryAgain}>Try again</button>
      <div role="status">{triedAgain && <p className="nhsuk-body">Chaperone tried again and your saved data is still locked.</p>}</div>
    </WarningCallout>
  );
}
