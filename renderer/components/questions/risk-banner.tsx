import { answerLabel } from '../../../main/shared/answer-words.ts';
import { GuidanceQuotes } from '../item/guidance-quotes.tsx';
import type { AuditQuestion } from '../results/audit-facts.ts';
import { accountName } from '../results/audit-facts.ts';

/**
 * After an answer that shows a risk is saved: what it means and what to do, on the next page, so
 * the person learns it while the question is fresh. Announced, since focus moves to the heading.
 */
export function RiskBanner({ question }: { question: AuditQuestion }): React.JSX.Element | null {
  const { item, answer } = question;
  if (answer === null) return null;
  return (
    <div className="nhsuk-notification-banner app-risk-banner" role="alert" aria-labelledby="risk-banner-title">
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="risk-banner-title">Something to do</h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">Your answer is saved, and it shows something to do</p>
        <p className="nhsuk-body">
          You said “{answerLabel(item, answer.answer)}” ({question.account === null ? 'all your accounts' : accountName(question.account)}).
          The aim: {item.title}.
        </p>
        <p className="nhsuk-body">{item.why}</p>
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary"><span className="nhsuk-details__summary-text">What you can do</span></summary>
          <div className="nhsuk-details__text">
            <ol className="nhsuk-list nhsuk-list--number">{item.fix.steps.map((step) => <li key={step}>{step}</li>)}</ol>
          </div>
        </details>
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary"><span className="nhsuk-details__summary-text">What the guidance says</span></summary>
          <div className="nhsuk-details__text"><GuidanceQuotes guidance={item.guidance} /></div>
        </details>
      </div>
    </div>
  );
}
