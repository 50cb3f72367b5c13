/**
 * Loads checklists/policy/policy.yaml against the guidance it cites. Any problem throws a
 * ChecklistError naming file, field and line: a policy is never written from data only half read.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readInputFile, INPUT_LIMITS } from '../files/read-input-file.ts';
import { parseGuidanceFile } from '../checklist/guidance.ts';
import type { GuidanceReference, Publisher } from '../checklist/model.ts';
import { failAt, parseWith } from '../checklist/validate.ts';
import { readYaml } from '../checklist/yaml-source.ts';
import { POLICY_KINDS, type PolicyData, type PolicyKind } from './model.ts';

const id = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, 'must be letters, digits and hyphens, starting with a small letter');
const text = z.string().trim().min(1, 'must not be empty');
const kinds = z.array(z.enum(POLICY_KINDS)).min(1);

const fileSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0'),
  sections: z.array(z.strictObject({ id, heading: text, practiceHeading: text.optional() })).min(1),
  questions: z.array(z.strictObject({
    id, for: kinds, type: z.enum(['choice', 'text']), perAccount: z.boolean().optional(), text, hint: text.optional(),
    options: z.array(z.strictObject({ id, label: text })).min(2).optional(),
  })).min(1),
  clauses: z.array(z.strictObject({
    id, section: id, for: kinds, perAccount: z.boolean().optional(),
    when: z.record(id, z.union([id, z.array(id).min(1)])).optional(),
    text: z.strictObject({ personal: text.optional(), practice: text.optional() }),
    guidance: z.array(id).min(1),
  })).min(1),
});

/** Placeholders a clause may use that are details rather than answers. */
const DETAILS = new Set(['organisation', 'appliesTo', 'reviewOn', 'account.label', 'account.platform', 'account.kind']);

/** `{name}` placeholders in a clause's text. */
export function placeholders(words: string): string[] {
  return [...words.matchAll(/\{([a-zA-Z.-]+)\}/g)].map((m) => m[1] ?? '');
}

export function parsePolicyFile(file: string, source: string, guidance: readonly GuidanceReference[]): PolicyData {
  const yaml = readYaml(file, source);
  const raw = parseWith(fileSchema, yaml);
  const byId = new Map(guidance.map((g) => [g.id, g]));
  const sections = raw.sections.map((s) => ({ id: s.id, heading: s.heading, practiceHeading: s.practiceHeading ?? s.heading }));
  const questions = raw.questions.map((q, i) => {
    if (q.type === 'choice' && q.options === undefined) failAt(yaml, ['questions', i, 'options'], 'is missing (a choice needs its options)');
    if (q.type === 'text' && q.options !== undefined) failAt(yaml, ['questions', i, 'options'], 'only a choice has options');
    return { id: q.id, for: q.for, type: q.type, perAccount: q.perAccount ?? false, text: q.text, hint: q.hint ?? null, options: q.options ?? [] };
  });
  const questionById = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const clauses = raw.clauses.map((c, i) => {
    if (seen.has(c.id)) failAt(yaml, ['clauses', i, 'id'], `"${c.id}" is used by another clause`);
    seen.add(c.id);
    if (!sections.some((s) => s.id === c.section)) failAt(yaml, ['clauses', i, 'section'], `no section "${c.section}"`);
    for (const kind of c.for) {
      if (c.text[kind] === undefined) failAt(yaml, ['clauses', i, 'text'], `has no ${kind} wording, but the clause is for ${kind} policies`);
    }
    const when: Record<string, string[]> = {};
    for (const [question, wanted] of Object.entries(c.when ?? {})) {
      const asked = questionById.get(question);
      if (asked?.type !== 'choice') failAt(yaml, ['clauses', i, 'when', question], `no choice question "${question}"`);
      const options = Array.isArray(wanted) ? wanted : [wanted];
      for (const option of options) {
        if (!asked.options.some((o) => o.id === option)) failAt(yaml, ['clauses', i, 'when', question], `"${question}" has no option "${option}"`);
      }
      if (asked.perAccount && c.perAccount !== true) failAt(yaml, ['clauses', i, 'when', question], 'a question asked per account can only decide a clause written per account');
      when[question] = options;
    }
    for (const kind of c.for) {
      for (const name of placeholders(c.text[kind] ?? '')) {
        const answer = name.startsWith('account.') ? questionById.get(`account-${name.slice('account.'.length)}`) : questionById.get(name);
        if (!DETAILS.has(name) && answer === undefined) failAt(yaml, ['clauses', i, 'text', kind], `unknown placeholder {${name}}`);
        if (name.startsWith('account.') && c.perAccount !== true) failAt(yaml, ['clauses', i, 'text', kind], `{${name}} needs a clause written per account`);
      }
    }
    const refs = c.guidance.map((ref, j) => byId.get(ref) ?? failAt(yaml, ['clauses', i, 'guidance', j], `no guidance reference "${ref}" in guidance.yaml`));
    return { id: c.id, section: c.section, for: c.for, perAccount: c.perAccount ?? false, when, text: c.text, guidance: refs };
  });
  return { file, version: raw.version, sections, questions, clauses };
}

export interface PolicySet { data: PolicyData; publishers: Publisher[]; guidanceVersion: string }

/** Reads policy/policy.yaml and guidance.yaml from the checklists folder. */
export async function loadPolicy(checklistDir: string): Promise<PolicySet> {
  const guidanceFile = join(checklistDir, 'guidance.yaml');
  const guidance = parseGuidanceFile(guidanceFile, (await readInputFile(guidanceFile, INPUT_LIMITS.checklist)).toString('utf8'));
  const file = join(checklistDir, 'policy', 'policy.yaml');
  const data = parsePolicyFile(file, (await readInputFile(file, INPUT_LIMITS.checklist)).toString('utf8'), guidance.references);
  return { data, publishers: guidance.publishers, guidanceVersion: guidance.version };
}

export function questionsFor(data: PolicyData, kind: PolicyKind): PolicyData['questions'] {
  return data.questions.filter((q) => q.for.includes(kind));
}
