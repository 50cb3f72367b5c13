import { useState } from 'react';
import { chaperone } from '../../chaperone-api.ts';
import { errorText } from '../../hooks/use-async.ts';
import type { ItemReport } from '../results/audit-facts.ts';

type Guidance = ItemReport['guidance'][number];

/** "2024, paragraph 17" or "2024, paragraph 8 (paragraph number not verified)". */
function whereText(ref: Guidance): string {
  const paragraph = ref.paragraph === null ? '' : `, ${/^\d/.test(ref.paragraph) ? `paragraph ${ref.paragraph}` : ref.paragraph}`;
  return `${ref.edition}${paragraph}${ref.paragraphVerified ? '' : ' (paragraph number not verified)'}`;
}

/**
 * The guidance quoted exactly, with edition and paragraph. Links open in the user's own web
 * browser through the app (the app window never leaves Chaperone).
 */
export function GuidanceQuotes({ guidance }: { guidance: Guidance[] }): React.JSX.Element {
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  if (guidance.length === 0) return <p className="nhsuk-body">This item quotes no guidance.</p>;
  const open = (url: string): void => {
    setLinkProblem(null);
    chaperone().report.openLink({ url }).catch((error: unknown) => { setLinkProblem(errorText(error)); });
  };
  return (
    <>
      {guidance.map((ref) => (
        <figure className="app-guidance" key={ref.id}>
          <blockquote className="nhsuk-inset-text">
            <p>{ref.quote}</p>
          </blockquote>
          <figcaption className="nhsuk-body-s">
            {ref.publisher}, <cite>{ref.title}</cite>, {whereText(ref)}.
            {' '}
            {ref.url.startsWith('https://') ? (
              <>
                <a className="nhsuk-link" href={ref.url} onClick={(event) => { event.preventDefault(); open(ref.url); }}>
                  Read it online at {new URL(ref.url).host}<span className="nhsuk-u-visually-hidden">: {ref.title}</span>
                </a>{' '}(opens in your web browser)
              </>
            ) : (
              // Chaperone opens only secure (https) links; an older address is shown for the user to judge.
              <>Address: {ref.url} (Chaperone opens only secure https links, so copy it into your browser to read it).</>
            )}
          </figcaption>
        </figure>
      ))}
      {linkProblem !== null && (
        <p className="nhsuk-error-message" role="alert"><span className="nhsuk-u-visually-hidden">Error: </span>{linkProblem}</p>
      )}
    </>
  );
}
