import type { AuditSummary } from '../../../main/shared/api-contract.ts';
import { AppLink } from '../link-button.tsx';
import { longDate } from '../../dates.ts';
import { isPartialAudit, outOf100, partialAuditText, SCORE_CAVEAT, STATUS_LABEL } from '../../../main/shared/glossary.ts';

function settingsCount(count: number): string {
  if (count === 0) return 'None';
  return count === 1 ? '1 setting' : `${String(count)} settings`;
}

/** What the score rests on: an account that could not be read must never look good. */
export function coverageWords(coverage: number): string {
  if (coverage === 0) return 'Chaperone could not check any of the settings, so there is no score.';
  if (coverage === 100) return 'Chaperone checked all the settings it looks at.';
  return `Chaperone could check ${String(coverage)}% of the settings it looks at. The score is based on those only.`;
}

/** The most recent audit in brief, with the way to its results. */
export function LatestAudit({ audit }: { audit: AuditSummary }): React.JSX.Element {
  const date = longDate(audit.startedAt);
  return (
    <>
      <h2 className="nhsuk-heading-m">Your latest audit</h2>
      {audit.cancelled && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>This audit was stopped before it finished, so it may not include all your accounts.</p>
        </div>
      )}
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Date</dt>
          <dd className="nhsuk-summary-list__value">{date}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Score</dt>
          <dd className="nhsuk-summary-list__value">
            {audit.score !== null && isPartialAudit(audit) ? (
              // Fewer than half read: the coverage comes first, then the score it rests on.
              <>
                <p className="nhsuk-body nhsuk-u-margin-bottom-2"><strong>{partialAuditText(audit)}.</strong></p>
                <p className="nhsuk-body nhsuk-u-margin-bottom-2">Score from those {String(audit.read)}: {outOf100(audit.score)}.</p>
              </>
            ) : (
              <>
                <p className="nhsuk-body nhsuk-u-margin-bottom-2">{audit.score === null ? 'No score' : outOf100(audit.score)}</p>
                <p className="nhsuk-body nhsuk-u-margin-bottom-2">{coverageWords(audit.coverage)}</p>
              </>
            )}
            {audit.score !== null && <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{SCORE_CAVEAT}</p>}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{STATUS_LABEL.fail}</dt>
          <dd className="nhsuk-summary-list__value">{settingsCount(audit.fail)}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{STATUS_LABEL.unknown}</dt>
          <dd className="nhsuk-summary-list__value">{settingsCount(audit.unknown)}</dd>
        </div>
      </dl>
      <p className="nhsuk-body">
        <AppLink to={{ name: 'results', auditId: audit.id }}>See the results of your audit on {date}</AppLink>
      </p>
    </>
  );
}
