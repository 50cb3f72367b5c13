import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { byStatus, coverageText, itemsNow, scoreSentence } from './audit-facts.ts';
import { plural } from './words.ts';

/** The overall score in words (the big number only repeats it), and what is left to do. */
export function ScoreSummary({ audit }: { audit: StoredAudit }): React.JSX.Element {
  const { overall, accounts } = audit.report.audit;
  const now = accounts.flatMap((account) => byStatus(itemsNow(audit, account)));
  const count = (status: string): number => now.filter((i) => i.status === status).length;
  const rechecked = new Set(audit.rechecks.map((r) => `${r.accountId} ${r.itemId}`)).size;
  const counts = [
    plural(count('fail'), 'needs fixing', 'need fixing'),
    plural(count('unknown'), 'could not be checked', 'could not be checked'),
    plural(count('manual'), 'question for you', 'questions for you'),
    plural(count('pass'), 'passed', 'passed'),
  ];
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">Overall score</h2>
        {overall.score === null ? <p className="nhsuk-body-l">{scoreSentence(overall)}</p> : (
          <>
            <p className="app-score">{overall.score}<span className="app-score__out-of"> out of 100,</span></p>
            <p className="nhsuk-body-l">{coverageText(overall)}</p>
          </>
        )}
        <ul className="nhsuk-list nhsuk-list--bullet">
          {counts.map((text) => <li key={text}>{text}</li>)}
        </ul>
        {rechecked > 0 && (
          <p className="nhsuk-body-s">
            You have checked {plural(rechecked, 'item', 'items')} again since this audit.
            Their status now is shown below; the score is from the audit itself.
          </p>
        )}
      </div>
    </div>
  );
}
