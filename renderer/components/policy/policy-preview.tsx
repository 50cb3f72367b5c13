import type { PolicyDocument } from '../../../main/shared/api-contract.ts';
import { paragraphText } from '../../../main/shared/guidance-words.ts';
import { longDate } from '../../dates.ts';

type Reference = PolicyDocument['sections'][number]['clauses'][number]['guidance'][number];

/** "GMC, Good medical practice (2024), paragraph 89"; advice says it is advice. */
function shortCitation(ref: Reference): string {
  return `${ref.publisherShort}, ${ref.title} (${ref.edition}), ${paragraphText(ref)}${ref.binding === 'advice' ? ' – advice, not a regulator’s standard' : ''}`;
}

const day = (iso: string): string => longDate(`${iso}T12:00:00`);

/**
 * The policy as the person will save it, to read first: who wrote it and when, what the latest
 * audit found, then each section's clauses numbered straight through, each with the guidance it follows.
 */
export function PolicyPreview({ policy }: { policy: PolicyDocument }): React.JSX.Element {
  const { name, profession, regulator } = policy.author;
  let number = 0;
  return (
    <article className="app-policy" aria-labelledby="policy-title">
      <h2 className="nhsuk-heading-l" id="policy-title">{policy.title}</h2>
      <p className="nhsuk-body">
        Written by {name}, {profession}{regulator === null ? '' : ` registered with the ${regulator}`}, on {day(policy.writtenOn)}.
        To be reviewed by {day(policy.reviewOn)}.
      </p>
      {policy.appliesTo !== null && <p className="nhsuk-body">It applies to {policy.appliesTo}.</p>}
      {policy.guidanceNotIncluded !== null && <div className="nhsuk-warning-callout"><h3 className="nhsuk-warning-callout__label"><span role="text"><span className="nhsuk-u-visually-hidden">Important: </span>Guidance not included</span></h3><p>{policy.guidanceNotIncluded}</p></div>}
      {policy.findings !== null && (
        <section aria-labelledby="policy-findings">
          <h3 className="nhsuk-heading-m" id="policy-findings">What {policy.kind === 'practice' ? 'our' : 'my'} latest audit found ({day(policy.findings.auditedOn)})</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">{policy.findings.sentences.map((s) => <li key={s}>{s}</li>)}</ul>
        </section>
      )}
      {policy.sections.map((section) => {
        const start = number + 1;
        number += section.clauses.length;
        return (
          <section key={section.id} aria-labelledby={`policy-${section.id}`}>
            <h3 className="nhsuk-heading-m" id={`policy-${section.id}`}>{section.heading}</h3>
            <ol className="nhsuk-list nhsuk-list--number app-policy-clauses" start={start}>
              {section.clauses.map((clause) => (
                <li key={`${clause.id} ${clause.account ?? ''}`}>
                  <p className="nhsuk-body nhsuk-u-margin-bottom-1">{clause.text}</p>
                  <p className="nhsuk-body-s nhsuk-u-margin-bottom-1 app-policy-follows">Follows:</p>
                  <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s app-policy-cites">
                    {clause.guidance.map((ref) => <li key={ref.id}>{shortCitation(ref)}</li>)}
                  </ul>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      {policy.leftOut.length > 0 && (
        <p className="nhsuk-body-s">
          {policy.leftOut.length === 1 ? 'One clause was' : `${String(policy.leftOut.length)} clauses were`} left out because no guidance for your profession backs them.
        </p>
      )}
      <p className="nhsuk-body-s">Written with Chaperone from its policy clauses ({policy.checklistVersion}). Check it against your employer’s policy and adapt it to your work.</p>
    </article>
  );
}
