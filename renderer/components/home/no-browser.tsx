import { WarningCallout } from './warning-callout.tsx';

/** No Chromium-family browser was found: what to install, and what Chaperone will do with it. */
export function NoBrowser({ lookedAgain, onCheckAgain }: { lookedAgain: boolean; onCheckAgain: () => void }): React.JSX.Element {
  return (
    <WarningCallout heading="Install a web browser to check your accounts">
      <p className="nhsuk-body">
        Chaperone needs Google Chrome, Microsoft Edge or Chromium on this computer to read your accounts,
        and it could not find any of them.
      </p>
      <p className="nhsuk-body">
        Chaperone uses the browser only for the accounts you add, with a separate profile for each one.
        It does not touch your everyday browsing, bookmarks or passwords.
      </p>
      <p className="nhsuk-body">Install one of them, then select &quot;Look for a browser again&quot;.</p>
      <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onCheckAgain}>Look for a browser again</button>
      <div role="status">{lookedAgain && <p className="nhsuk-body">Chaperone looked again and still found no browser.</p>}</div>
    </WarningCallout>
  );
}
