/**
 * The policy Chaperone writes: its clauses come from data, cite only guidance that binds or advises
 * the author's profession (never another regulator's), and change exactly where an answer changes.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { audienceFor } from '../../../main/engine/checklist/audience.ts';
import { answerProblems } from '../../../main/engine/policy/answers.ts';
import { parseAnswersFile } from '../../../main/engine/policy/answers-file.ts';
import { buildPolicy, type PolicyInput } from '../../../main/engine/policy/build.ts';
import { loadPolicy, parsePolicyFile, type PolicySet } from '../../../main/engine/policy/load.ts';
import { policyMarkdown } from '../../../main/engine/policy/markdown.ts';
import type { PolicyAnswers, PolicyDocument } from '../../../main/engine/policy/model.ts';
import type { UserProfile } from '../../../main/engine/profile.ts';
import { CHECKLIST_DIR } from '../services/handler-fixtures.ts';

let set: PolicySet;
beforeAll(async () => { set = await loadPolicy(CHECKLIST_DIR); });

const example = (name: string): PolicyAnswers => parseAnswersFile(name, readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8'));
const PERSONAL = (): PolicyAnswers => example('policy-answers.yaml');
const PRACTICE = (): PolicyAnswers => example('policy-practice-answers.yaml');

const PROFILES: UserProfile[] = [
  { registeredName: 'Amina Rahman', profession: 'doctor', regulator: 'GMC' },
  { registeredName: 'Sam Okafor', profession: 'nurse', regulator: 'NMC' },
  { registeredName: 'Jo Patel', profession: 'pharmacist', regulator: 'GPhC' },
  { registeredName: 'Lee Evans', profession: 'allied-health-professional', regulator: 'HCPC' },
  { registeredName: 'Kim Ng', profession: 'dentist', regulator: 'GDC' },
];

function write(answers: PolicyAnswers, profile: UserProfile = PROFILES[0] as UserProfile): PolicyDocument {
  const input: PolicyInput = {
    data: set.data, publishers: set.publishers, profile, answers, audit: null, writtenOn: '2026-12-03', checklistVersion: 'test',
    platformNames: { x: 'X (Twitter)', facebook: 'Facebook' },
  };
  return buildPolicy(input);
}

const clauses = (policy: PolicyDocument) => policy.sections.flatMap((s) => s.clauses);
const key = (c: { id: string; account: string | null }): string => `${c.id}@${c.account ?? ''}`;

describe('the example answers', () => {
  it('answer every question of their kind of policy', () => {
    expect(answerProblems(set.data, PERSONAL())).toEqual([]);
    expect(answerProblems(set.data, PRACTICE())).toEqual([]);
  });

  it('are refused, each problem named, when an answer is missing, unknown or not a date', () => {
    const answers = PERSONAL();
    delete answers.answers['patients-cases'];
    answers.answers.heated = 'shout-back';
    answers.answers.organisation = 'Leeds Road Surgery';
    answers.reviewOn = '3/12/2027';
    expect(answerProblems(set.data, answers)).toEqual([
      'answers: "Do you post about patients or cases?" is not answered (patients-cases)',
      'answers: "shout-back" is not an answer to "What do you do when a discussion online becomes heated?" (heated); choose one of walk-away, report-and-walk-away',
      'answers: "organisation" is not a question of a personal policy',
      'reviewOn: "3/12/2027" is not a date written as 2027-12-03',
    ]);
  });
});

describe('for each profession', () => {
  for (const profile of PROFILES) {
    it(`a ${profile.profession}'s policies cite only guidance that binds or advises them, current text only`, () => {
      const allowed = new Set(audienceFor(profile, set.publishers).publishers.map((p) => p.id));
      for (const answers of [PERSONAL(), PRACTICE()]) {
        const policy = write(answers, profile);
        const written = clauses(policy);
        expect(written.length).toBeGreaterThan(10);
        for (const clause of written) {
          expect(clause.guidance.length, `${clause.id} cites nothing`).toBeGreaterThan(0);
          for (const ref of clause.guidance) {
            expect(allowed.has(ref.publisherId), `${clause.id} cites ${ref.id}`).toBe(true);
            expect(ref.status).toBe('current');
          }
        }
        // The core of any policy is there for every regulator: confidentiality, boundaries, concerns.
        expect(written.map((c) => c.id)).toEqual(expect.arrayContaining(['patients-never', 'contact-decline', 'concerns']));
        expect(policy.author.regulator).toBe(profile.regulator);
      }
    });
  }
});

describe('changing one answer', () => {
  it('changes exactly the clauses that depend on it, for every question and every other answer', () => {
    for (const base of [PERSONAL(), PRACTICE()]) {
      const before = new Map(clauses(write(base)).map((c) => [key(c), c]));
      const questions = set.data.questions.filter((q) => q.for.includes(base.kind));
      let tried = 0;
      for (const question of questions) {
        const alternatives = question.type === 'choice' ? question.options.map((o) => o.id) : ['Something else entirely'];
        for (const alternative of alternatives) {
          const changed = structuredClone(base);
          if (question.perAccount) {
            const first = changed.accounts[0];
            if (first === undefined || first.answers[question.id] === alternative) continue;
            first.answers[question.id] = alternative;
          } else {
            if (changed.answers[question.id] === alternative) continue;
            changed.answers[question.id] = alternative;
          }
          tried += 1;
          const after = new Map(clauses(write(changed)).map((c) => [key(c), c]));
          const differing = [...new Set([...before.keys(), ...after.keys()])]
            .filter((k) => before.get(k)?.text !== after.get(k)?.text);
          const dependent = [...new Set([...before.keys(), ...after.keys()])]
            .filter((k) => [...(before.get(k)?.dependsOn ?? []), ...(after.get(k)?.dependsOn ?? [])].includes(question.id))
            // A per-account answer touches only that account's clauses.
            .filter((k) => !question.perAccount || k.endsWith(`@${base.accounts[0]?.label ?? ''}`));
          expect(differing.length, `${question.id} → ${alternative} changed nothing`).toBeGreaterThan(0);
          expect(differing.sort(), `${question.id} → ${alternative}`).toEqual(dependent.filter((k) => differing.includes(k) || !after.has(k) || !before.has(k)).sort());
          expect(differing.every((k) => dependent.includes(k)), `${question.id} → ${alternative} changed a clause that does not depend on it`).toBe(true);
        }
      }
      expect(tried).toBeGreaterThan(10);
    }
  });

  it('a changed review date changes only the review clause', () => {
    const base = PERSONAL();
    const later = { ...base, reviewOn: '2028-01-15' };
    // A nurse's: the NMC's Code backs the review clause; no current GMC text asks for a review, so a doctor's policy gives the date only in its byline.
    const nurse = PROFILES[1] as UserProfile;
    expect(clauses(write(base)).map((c) => c.id)).not.toContain('review');
    expect(write(base).leftOut).toContain('review');
    const a = new Map(clauses(write(base, nurse)).map((c) => [key(c), c.text]));
    const b = new Map(clauses(write(later, nurse)).map((c) => [key(c), c.text]));
    expect([...a.keys()].filter((k) => a.get(k) !== b.get(k))).toEqual(['review@']);
    expect(b.get('review@')).toContain('15 January 2028');
  });
});

describe('the two kinds', () => {
  it('write "I" for one clinician and "We", with the organisation and who it applies to, for a practice', () => {
    const personal = write(PERSONAL());
    expect(personal.title).toBe('Social media policy of Amina Rahman');
    expect(clauses(personal).find((c) => c.id === 'patients-never')?.text).toMatch(/^I never post about patients/);
    expect(personal.sections.map((s) => s.id)).not.toContain('practice-accounts');
    const practice = write(PRACTICE());
    expect(practice.title).toBe('Social media policy of Leeds Road Surgery');
    expect(practice.appliesTo).toBe('all clinical and non-clinical staff, and trainees on placement');
    expect(clauses(practice).find((c) => c.id === 'who-may-post')?.text).toBe("Only these people may post on Leeds Road Surgery's accounts: the practice manager and the two reception leads.");
    expect(clauses(practice).map((c) => c.id)).toEqual(expect.arrayContaining(['approval', 'access-leavers', 'reviews-general', 'breach']));
    const markdown = policyMarkdown(practice);
    expect(markdown).toMatch(/^# Social media policy of Leeds Road Surgery\n\nWritten by Amina Rahman, doctor registered with the GMC, on 3 December 2026\. To be reviewed by 1 June 2027\./);
    expect(markdown).toContain('## The practice\'s own accounts');
    expect(markdown).toContain('## Guidance this policy follows');
    expect(markdown).not.toMatch(/Nursing and Midwifery|Pharmaceutical|Dental Council|Health and Care Professions/);
  });
});

describe('the clauses file', () => {
  const file = 'policy.yaml';
  const text = (): string => readFileSync(new URL('../../../checklists/policy/policy.yaml', import.meta.url), 'utf8');
  it('is refused, naming file and line, when a clause cites guidance that does not exist or a question that has no such answer', () => {
    const guidance = [...new Map(set.data.clauses.flatMap((c) => c.guidance).map((g) => [g.id, g])).values()];
    expect(() => parsePolicyFile(file, text().replace('guidance: [gmc-2024-boundaries, gmc-2024-4,', 'guidance: [gmc-2099-nothing, gmc-2024-4,'), guidance))
      .toThrow(/^policy\.yaml:\d+: clauses\[1\]\.guidance\[0\]: no guidance reference "gmc-2099-nothing"/);
    expect(() => parsePolicyFile(file, text().replace('when: { patients-cases: never }', 'when: { patients-cases: sometimes }'), guidance))
      .toThrow(/^policy\.yaml:\d+: .*"patients-cases" has no option "sometimes"/);
    expect(() => parsePolicyFile(file, text().replace(': {whoMayPost}.', ': {whoMayPots}.'), guidance))
      .toThrow(/unknown placeholder \{whoMayPots\}/);
  });
});
