import type { AppStatus } from '../../../main/shared/api-contract.ts';

/** Where the data is kept, and whether the computer's keychain encrypts it. */
export function DataLocation({ status }: { status: AppStatus }): React.JSX.Element {
  return (
    <>
      <h2 className="nhsuk-heading-m">Where your data is</h2>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Folder</dt>
          <dd className="nhsuk-summary-list__value app-file-path">{status.dataDir}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Encrypted</dt>
          <dd className="nhsuk-summary-list__value">
            {status.encrypted ? 'Yes, with your computer\'s own keychain' : 'No'}
            {status.encryptionNotice !== null && <p className="nhsuk-body nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">{status.encryptionNotice}</p>}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Chaperone version</dt>
          <dd className="nhsuk-summary-list__value">{status.appVersion}</dd>
        </div>
      </dl>
    </>
  );
}
