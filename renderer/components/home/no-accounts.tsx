import { AppLink } from '../link-button.tsx';

/** Nothing added yet: what to do next, and an example to look at first. */
export function NoAccounts(): React.JSX.Element {
  return (
    <>
      <h2 className="nhsuk-heading-m">Add your first account</h2>
      <p className="nhsuk-body">
        Start by adding the social media accounts you want to check, for example your personal X account.
        You sign in to each one once, in its own browser window.
      </p>
      <AppLink to={{ name: 'accounts' }} className="nhsuk-button">Add an account</AppLink>
      <h2 className="nhsuk-heading-m">See what an audit looks like</h2>
      <p className="nhsuk-body">
        Look at an example audit of a made-up doctor&apos;s accounts, to see what Chaperone will show you.
      </p>
      <p className="nhsuk-body"><AppLink to={{ name: 'example' }}>See an example audit</AppLink></p>
    </>
  );
}
