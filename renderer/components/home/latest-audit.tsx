import type { AuditSummary } from '../../../main/shared/api-contract.ts';
import { AppLink } from '../link-button.tsx';
import { longDate } from '../../dates.ts';

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
            <p className="nhsuk-body nhsuk-u-margin-bottom-2">{audit.score === null ? 'No score' : `${String(audit.score)} out of 100`}</p>
            <p className="nhsuk-body nhsuk-u-margin-bottom-0">{coverageWords(audit.coverage)}</p>
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Needs fixing</dt>
          <dd className="nhsuk-summary-list__value">{settingsCount(audit.fail)}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Could not check</dt>
          <dd className="nhsuk-summary-list__value">{settingsCount(audit.unknown)}</dd>
        </div>
      </dl>
      <p className="nhsuk-body">
        <AppLink to={{ name: 'results', auditId: audit.id }}>See the results of your audit on {date}</AppLink>
      </p>
    </>
  );
}
