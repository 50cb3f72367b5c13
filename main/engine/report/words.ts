import type { GuidanceReference } from '../checklist/model.ts';
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
  const value = score.score === null ? 'not scored (nothing could be checked)' : `${score.score} out of 100`;
  return `${value}, ${score.coverage}% of automatic checks verified`;
}

/**
 * "General Medical Council, Using social media…, 2024, paragraph 8 (paragraph number unverified)".
 * A null paragraph is either a source without numbers (verified) or a number nobody has seen yet.
 */
export function citation(ref: GuidanceReference): string {
  const head = `${ref.publisher}, ${ref.title}, ${ref.edition}`;
  if (ref.paragraph === null) return ref.paragraphVerified ? head : `${head}, paragraph number not yet confirmed`;
  const where = /^\d/.test(ref.paragraph) ? `paragraph ${ref.paragraph}` : ref.paragraph;
  return `${head}, ${where}${ref.paragraphVerified ? '' : ' (paragraph number unverified)'}`;
}
