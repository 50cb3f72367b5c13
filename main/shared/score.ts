import type { ItemResult, Score } from '../engine/audit/model.ts';

/**
 * Weighted share of verified professional items that pass, always with coverage so that an account
 * that could not be read never looks good: nothing verified means no score at all. Items of the
 * privacy-practice group are counted apart and never change the score.
 */
export function scoreItems(all: readonly ItemResult[]): Score {
  const items = all.filter((i) => i.group === 'professional');
  const practice = all.filter((i) => i.group === 'privacy-practice');
  const count = (status: ItemResult['status'], of = items): number => of.filter((i) => i.status === status).length;
  const verified = items.filter((i) => i.status === 'pass' || i.status === 'fail');
  const automatic = verified.length + count('unknown');
  const weightVerified = verified.reduce((sum, i) => sum + i.weight, 0);
  const weightPassed = verified.filter((i) => i.status === 'pass').reduce((sum, i) => sum + i.weight, 0);
  return {
    score: weightVerified === 0 ? null : Math.round((100 * weightPassed) / weightVerified),
    coverage: automatic === 0 ? 0 : Math.round((100 * verified.length) / automatic),
    pass: count('pass'),
    fail: count('fail'),
    unknown: count('unknown'),
    manual: count('manual'),
    notApplicable: count('not-applicable'),
    privacyPractice: { pass: count('pass', practice), fail: count('fail', practice), unknown: count('unknown', practice) },
  };
}
