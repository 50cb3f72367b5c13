const TICK = 'M11.4 17.5a2 2 0 0 1-2.7.1h-.1L4 12.8a1.5 1.5 0 0 1 2.1-2L10 14.7l8.1-8.1a1.5 1.5 0 1 1 2.2 2l-8.9 9Z';
const CROSS = 'M17 18.5c-.4 0-.8-.1-1.1-.4l-10-10c-.6-.6-.6-1.6 0-2.1.6-.6 1.5-.6 2.1 0l10 10c.6.6.6 1.5 0 2.1-.3.3-.6.4-1 .4z M7 18.5c-.4 0-.8-.1-1.1-.4-.6-.6-.6-1.5 0-2.1l10-10c.6-.6 1.5-.6 2.1 0 .6.6.6 1.5 0 2.1l-10 10c-.3.3-.6.4-1 .4z';

function Points({ heading, kind, points }: { heading: string; kind: 'tick' | 'cross'; points: string[] }): React.JSX.Element {
  return (
    <div className="nhsuk-card nhsuk-card--feature">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">{heading}</h2>
        <ul className={`nhsuk-list nhsuk-list--${kind}`} role="list">
          {points.map((point) => (
            <li key={point}>
              <svg className={`nhsuk-icon nhsuk-icon--${kind}`} xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true">
                <path d={kind === 'tick' ? TICK : CROSS} />
              </svg>
              {point}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** What Chaperone does and what it never does, in the design system's do and don't lists. */
export function AboutChaperone(): React.JSX.Element {
  return (
    <>
      <p className="nhsuk-lede-text">
        Chaperone checks the privacy and profile settings of your social media accounts against the guidance
        from your regulator, such as the GMC or NMC. It shows you what to change, how to change it, and keeps
        a record you can use for your appraisal.
      </p>
      <Points heading="What Chaperone does" kind="tick" points={[
        'works only on this computer',
        'reads the settings of the accounts you add',
        'opens each account in its own browser window, where you sign in once',
        'shows you step by step how to fix anything that needs it',
      ]} />
      <Points heading="What Chaperone never does" kind="cross" points={[
        'never sends your details or your results anywhere',
        'never changes your settings or posts anything: you make any changes yourself',
        'never asks for your passwords: you type them only into each platform\'s own sign-in page',
      ]} />
    </>
  );
}
