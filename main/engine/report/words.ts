import type { ItemStatus, Score } from '../audit/model.ts';

/** The words every report and screen uses for a status, so they never disagree. */
export const STATUS_LABEL: Record<ItemStatus, string> = {
  pass: 'Passed',
  fail: 'Needs fixing',
  unknown: 'Could not check',
  manual: 'Question for you',
  'not-applicable': 'Not applicable',
};

export function scoreText(score: Score): string {
  if (score.pass + score.fail + score.unknown === 0) return 'not scored (no setting here is in your professional guidance)';
  const value = score.score === null ? 'not scored (nothing could be checked)' : `${score.score} out of 100`;
  return `${value}, ${score.coverage}% of automatic checks verified`;
}

/** "3 to fix · 1 could not be checked · 6 passed" for the privacy-practice items; null when there are none. */
export function practiceCounts({ privacyPractice: p }: Score): string | null {
  if (p.pass + p.fail + p.unknown === 0) return null;
  return `${String(p.fail)} to fix · ${String(p.unknown)} could not be checked · ${String(p.pass)} passed`;
}
