import type { AppStatus } from '../../../main/shared/api-contract.ts';
import { LockedNotice } from './locked-notice.tsx';
import { WarningCallout } from './warning-callout.tsx';

interface NoticesProps {
  status: AppStatus;
  /** Asks for the status again (which makes Chaperone try to open locked data again). */
  onTryAgain: () => void;
  triedAgain: boolean;
}

/** What the user must know about their stored data: locked, a file that could not be read, or no encryption. */
export function Notices({ status, onTryAgain, triedAgain }: NoticesProps): React.JSX.Element {
  return (
    <>
      {status.locked !== null && <LockedNotice reason={status.locked.reason} triedAgain={triedAgain} onTryAgain={onTryAgain} />}
      {status.recovered !== null && (
        <WarningCallout heading="Chaperone could not read your saved data">
          <p className="nhsuk-body">{status.recovered.reason}</p>
          <p className="nhsuk-body">
            Chaperone started again with nothing saved. It kept your old data, unchanged, in this file:
          </p>
          <p className="nhsuk-body app-file-path">{status.recovered.backupPath}</p>
          <p className="nhsuk-card__description">You may need to add your details and accounts again.</p>
        </WarningCallout>
      )}
      {status.encryptionNotice !== null && (
        <WarningCallout heading="Your saved data is not encrypted">
          <p className="nhsuk-card__description">{status.encryptionNotice}</p>
        </WarningCallout>
      )}
    </>
  );
}
