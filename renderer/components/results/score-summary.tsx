import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { auditProgress, scoreNow } from '../../../main/shared/audit-view.ts';
import { coverageText, itemsNow, questionsOf, scoreSentence } from './audit-facts.ts';
import { plural } from './words.ts';
import { countText, isPartialAudit, outOf100, partialAuditText, SCORE_CAVEAT } from '../../../main/shared/glossary.ts';
import { andList } from '../../../main/shared/lists.ts';

/** "Good medical practice (2024…) and Using social media…": the current editions, by title. */
function guidanceTitles(sources: StoredAudit['report']['audit']['guidance']['sources']): string {
  const titles = sources.filter((s) => s.status === 'current' && s.binding === 'regulator').map((s) => s.title);
  return andList(titles);
}

/** The overall score in words (the big number only repeats it), and what is left to do. */
export function ScoreSummary({ audit }: { audit: StoredAudit }): React.JSX.Element {
  const { overall, accounts, guidance } = audit.report.audit;
  const all = accounts.flatMap((account) => itemsNow(audit, account));
  const professional = all.filter((i) => i.item.group === 'professional');
  const practice = all.filter((i) => i.item.group === 'privacy-practice' && i.status === 'fail').length;
  const count = (status: string): number => professional.filter((i) => i.status === status).length;
  // Every question counts, good practice too: the same number the link to the questions gives.
  const questions = questionsOf(audit).length;
  const rechecked = new Set(audit.rechecks.map((r) => `${r.accountId} ${r.itemId}`)).size;
  const { fixed, toFix } = auditProgress(audit);
  const progress = { fixed, of: toFix };
  const scoreToday = scoreNow(audit);
  const counts = [countText('fail', count('fail')), countText('unknown', count('unknown')), countText('manual', questions), countText('pass', count('pass'))];
  const read = { read: overall.pass + overall.fail, readable: overall.pass + overall.fail + overall.unknown };
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">Overall score</h2>
        {overall.score === null ? <p className="nhsuk-body-l">{scoreSentence(overall)}</p>
          : isPartialAudit(read) ? (
            // Fewer than half could be read: the coverage leads and the number is not shown large.
            <>
              <p className="nhsuk-body-l app-partial-audit"><strong>{partialAuditText(read)}.</strong></p>
              <p className="nhsuk-body">
                Fewer than half of the automatic checks could be read, so this is not a full picture.
                Score from the {String(read.read)} that could be read: {outOf100(overall.score)}.
              </p>
            </>
          ) : (
            <>
              <p className="app-score">{overall.score}<span className="app-score__out-of"> out of 100</span></p>
              <p className="nhsuk-body-l">{coverageText(overall)}</p>
            </>
          )}
        {overall.score !== null && <p className="nhsuk-body app-score-caveat">{SCORE_CAVEAT}</p>}
        <ul className="nhsuk-list nhsuk-list--bullet">
          {counts.map((text) => <li key={text}>{text}</li>)}
        </ul>
        {practice > 0 && (
          <p className="nhsuk-body-s">
            Also {plural(practice, 'item of good privacy practice needs', 'items of good privacy practice need')} fixing.
            No professional guidance asks for them, so they are not in the score.
          </p>
        )}
        <p className="nhsuk-body-s">
          {guidance.regulator === null ? guidance.notIncluded : `Checked against ${guidance.regulator} guidance: ${guidanceTitles(guidance.sources)}.`}
        </p>
        {progress.of > 0 && (
          <p className="nhsuk-body app-progress">
            <strong>{progress.fixed} of {progress.of} fixed</strong>
            <progress className="app-progress__bar" max={progress.of} value={progress.fixed} aria-hidden="true" />
          </p>
        )}
        {rechecked > 0 && (
          <p className="nhsuk-body-s">
            You have checked {plural(rechecked, 'item', 'items')} again since this audit.{' '}
            {scoreToday.score === null ? '' : `Score now: ${String(scoreToday.score)} out of 100. `}The score above is from the audit itself.
          </p>
        )}
      </div>
    </div>
  );
}
