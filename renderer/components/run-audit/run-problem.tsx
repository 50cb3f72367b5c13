import { AppLink } from '../link-button.tsx';
import { Problem } from '../problem.tsx';

/** What to do about a failure, judged from its message (the engine writes them for the user). */
function Advice({ message }: { message: string }): React.JSX.Element {
  if (/browser|chrome|\bedge\b/i.test(message)) {
    return (
      <p className="nhsuk-body">
        Chaperone reads your accounts with Google Chrome, Microsoft Edge, Chromium or Brave.
        {' '}<AppLink to={{ name: 'settings' }}>Choose a browser in Settings</AppLink>, or install one and try again.
      </p>
    );
  }
  if (/account/i.test(message)) {
    return <p className="nhsuk-body"><AppLink to={{ name: 'accounts' }}>Go to Accounts</AppLink> to add or sign in to an account.</p>;
  }
  if (/registered name|profession/i.test(message)) {
    return <p className="nhsuk-body"><AppLink to={{ name: 'first-run' }}>Enter your details</AppLink> first.</p>;
  }
  return <p className="nhsuk-body">Try again. If it keeps happening, restart Chaperone.</p>;
}

/** The audit could not start or stopped as a whole; nothing was saved. */
export function RunProblem({ message, onRetry }: { message: string; onRetry: () => void }): React.JSX.Element {
  return (
    <>
      <Problem title="The audit could not run">
        <p>{message}</p>
      </Problem>
      <h2 className="nhsuk-heading-m">What you can do</h2>
      <Advice message={message} />
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onRetry}>Try again</button>
    </>
  );
}
