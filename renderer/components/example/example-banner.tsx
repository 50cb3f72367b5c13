import { AppLink } from '../link-button.tsx';

/** Says plainly, before anything else, that none of this is the user's. */
export function ExampleBanner({ name }: { name: string | null }): React.JSX.Element {
  return (
    <div className="nhsuk-notification-banner" role="region" aria-labelledby="example-banner-title">
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="example-banner-title">Example only</h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">
          This is a made-up audit{name === null ? '' : ` of ${name}`}, an imaginary GP, on demo accounts. It is not yours.
        </p>
        <p className="nhsuk-body">
          It shows what Chaperone finds and how it explains it. Nothing here was read from your accounts.{' '}
          <AppLink to={{ name: 'run' }}>Run your own audit</AppLink>
        </p>
      </div>
    </div>
  );
}
