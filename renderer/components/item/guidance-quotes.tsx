import { useState } from 'react';
import { chaperone } from '../../chaperone-api.ts';
import { errorText } from '../../hooks/use-async.ts';
import { paragraphText, PRIVACY_PRACTICE_HEADING, PRIVACY_PRACTICE_NOTE, standingText } from '../../../main/shared/guidance-words.ts';
import type { ItemReport } from '../results/audit-facts.ts';

type Guidance = ItemReport['guidance'][number];

const sentenceCase = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * The guidance quoted exactly, with edition and paragraph. Links open in the user's own web
 * browser through the app (the app window never leaves Chaperone).
 */
export function GuidanceQuotes({ guidance }: { guidance: Guidance[] }): React.JSX.Element {
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  if (guidance.length === 0) return <p className="nhsuk-body">No professional guidance asks for this: it is good privacy practice.</p>;
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
            {ref.publisher}, <cite>{ref.title}</cite>, {ref.edition}, {paragraphText(ref)}.
            {' '}<strong>{sentenceCase(standingText(ref))}.</strong>
            {' '}
            {ref.url === null ? (
              <>No link: this wording is known only from a copy outside the {ref.publisherShort}&apos;s own site.</>
            ) : (
              <>
                <a className="nhsuk-link" href={ref.url} onClick={(event) => { event.preventDefault(); open(ref.url ?? ''); }}>
                  Read it on the {ref.publisherShort}&apos;s site<span className="nhsuk-u-visually-hidden">: {ref.title}</span>
                </a>{' '}(opens in your web browser)
              </>
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

/** Says, for an item of good privacy practice, that no professional guidance asks for it and it is not scored. */
export function PracticeNote({ group }: { group: ItemReport['group'] }): React.JSX.Element | null {
  if (group !== 'privacy-practice') return null;
  return (
    <div className="nhsuk-inset-text">
      <p><strong>{PRIVACY_PRACTICE_HEADING}.</strong> {PRIVACY_PRACTICE_NOTE}</p>
    </div>
  );
}
