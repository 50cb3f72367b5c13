/** A score out of 100 in words; null when nothing could be checked. */
export function scoreWords(score: number | null): string {
  return score === null ? 'No score' : `${String(score)}%`;
}
