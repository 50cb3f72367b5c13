import type { Score } from '../audit/model.ts';
import { countsText, isPartialAudit, outOf100, partialAuditText } from '../../shared/glossary.ts';

/** The words every report and screen uses for a status, so they never disagree (main/shared/glossary.ts). */
export { STATUS_LABEL } from '../../shared/glossary.ts';

/**
 * "Overall score: 72 out of 100, from 21 of 23 automatic checks read". When fewer than half could
 * be read, the coverage leads: "Partial audit: 11 of 23 read. Overall score: 72 out of 100, from those 11 only".
 */
export function scoreText(score: Score, what = 'Score'): string {
  const read = score.pass + score.fail;
  const readable = read + score.unknown;
  if (readable === 0) return `${what}: none (no setting here is in your professional guidance)`;
  if (score.score === null) return `${what}: none, because none of the ${String(readable)} automatic checks could be read`;
  if (isPartialAudit({ read, readable })) return `${partialAuditText({ read, readable })}. ${what}: ${outOf100(score.score)}, from those ${String(read)} only`;
  return `${what}: ${outOf100(score.score)}, from ${String(read)} of ${String(readable)} automatic checks read`;
}

/** "3 to fix · 1 could not check · 6 passed" for the privacy-practice items; null when there are none. */
export function practiceCounts({ privacyPractice: p }: Score): string | null {
  if (p.pass + p.fail + p.unknown === 0) return null;
  return countsText({ fail: p.fail, unknown: p.unknown, pass: p.pass });
}

/** "25 to fix · 4 could not check · 40 questions for you · 20 passed". */
export function overallCounts(score: Score): string {
  return countsText({ fail: score.fail, unknown: score.unknown, manual: score.manual, pass: score.pass });
}
