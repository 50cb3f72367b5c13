/**
 * The content fingerprint: SHA-256 of the canonical JSON of the summary without its fingerprint.
 * Uses the same canonical form as the file seal (seal.ts), so the seal's "content" and this agree.
 */
import type { AppraisalSummary } from './model.ts';
import { canonicalJson, sha256Hex } from './seal.ts';

export { canonicalJson };

export function contentFingerprint(summary: Omit<AppraisalSummary, 'fingerprint'>): string {
  // Drop a fingerprint if a whole summary was passed in, so the result never depends on it.
  const rest = Object.fromEntries(Object.entries(summary).filter(([key]) => key !== 'fingerprint'));
  return sha256Hex(canonicalJson(rest));
}
