import type { ReactNode } from 'react';
import type { Route } from '../../routes.ts';
import { AppLink } from '../link-button.tsx';

/**
 * One row of a "Check your answers" list, for the audit's questions and the policy's alike: the
 * question, the answer, and a link that says what is left to do ("Answer", "Confirm or change",
 * "Change"), with hidden words naming the question (and where it is asked) for a screen reader.
 */
export function AnswerRow({ question, where, answered, carried, to, children }: {
  question: string; where: string | null; answered: boolean; carried: boolean; to: Route; children: ReactNode;
}): React.JSX.Element {
  const action = answered ? 'Change' : carried ? 'Confirm or change' : 'Answer';
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{question}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
      <dd className="nhsuk-summary-list__actions">
        <AppLink to={to}>
          {action}<span className="nhsuk-u-visually-hidden"> your answer: {question}{where === null ? '' : ` (${where})`}</span>
        </AppLink>
      </dd>
    </div>
  );
}
