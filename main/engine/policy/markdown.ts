/** The policy as Markdown: headings, numbered clauses with their citations, then the guidance quoted. */
import { citation } from '../../shared/guidance-words.ts';
import { policyDate } from './build.ts';
import type { PolicyDocument } from './model.ts';
import { closingLine, findingsHeading, GUIDANCE_HEADING } from './words.ts';

/** Every guidance reference the policy cites, numbered in the order first cited. */
export function policyReferences(policy: PolicyDocument): { number: number; ref: PolicyDocument['sections'][number]['clauses'][number]['guidance'][number] }[] {
  const seen = new Map<string, { number: number; ref: PolicyDocument['sections'][number]['clauses'][number]['guidance'][number] }>();
  for (const clause of policy.sections.flatMap((s) => s.clauses)) {
    for (const ref of clause.guidance) if (!seen.has(ref.id)) seen.set(ref.id, { number: seen.size + 1, ref });
  }
  return [...seen.values()];
}

/** "Written by Amina Rahman, doctor registered with the GMC, on 3 December 2026. To be reviewed by 3 December 2027." */
export function byline(policy: PolicyDocument): string {
  const { name, profession, regulator } = policy.author;
  return `Written by ${name}, ${profession}${regulator === null ? '' : ` registered with the ${regulator}`}, on ${policyDate(policy.writtenOn)}. `
    + `To be reviewed by ${policyDate(policy.reviewOn)}.`;
}

const escape = (text: string): string => text.replace(/([\\`*_[\]#<>|])/g, '\\$1');

export function policyMarkdown(policy: PolicyDocument): string {
  const numbers = new Map(policyReferences(policy).map(({ number, ref }) => [ref.id, number]));
  const lines: string[] = [`# ${escape(policy.title)}`, '', escape(byline(policy))];
  if (policy.appliesTo !== null) lines.push('', `It applies to ${escape(policy.appliesTo)}.`);
  if (policy.guidanceNotIncluded !== null) lines.push('', escape(policy.guidanceNotIncluded));
  if (policy.findings !== null) {
    lines.push('', `## ${escape(findingsHeading(policy))}`, '');
    for (const sentence of policy.findings.sentences) lines.push(`- ${escape(sentence)}`);
  }
  let n = 0;
  for (const section of policy.sections) {
    lines.push('', `## ${escape(section.heading)}`, '');
    for (const clause of section.clauses) {
      n += 1;
      const cites = clause.guidance.map((g) => `[${String(numbers.get(g.id))}]`).join('');
      lines.push(`${String(n)}. ${escape(clause.text)} ${cites}`);
    }
  }
  lines.push('', `## ${GUIDANCE_HEADING}`, '');
  for (const { number, ref } of policyReferences(policy)) {
    lines.push(`${String(number)}. ${escape(citation(ref))}: "${escape(ref.quote)}"${ref.url === null ? '' : ` <${ref.url}>`}`);
  }
  lines.push('', escape(closingLine(policy)));
  return `${lines.join('\n')}\n`;
}
