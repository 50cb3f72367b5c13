/** Words every export of the policy (Markdown, DOCX, PDF) shares, so they read the same in each. */
import { policyDate } from './build.ts';
import type { PolicyDocument } from './model.ts';

/** "What my latest audit found (3 December 2026)"; "our" for a practice. */
export function findingsHeading(policy: PolicyDocument): string {
  const when = policy.findings === null ? '' : ` (${policyDate(policy.findings.auditedOn)})`;
  return `What ${policy.kind === 'practice' ? 'our' : 'my'} latest audit found${when}`;
}

export const GUIDANCE_HEADING = 'Guidance this policy follows';

export function closingLine(policy: PolicyDocument): string {
  return `Written with Chaperone from its policy clauses (${policy.checklistVersion}). Check it against your employer's policy and adapt it to your work.`;
}
