/**
 * A social media policy: the questions Chaperone asks, the clauses it builds from the answers (data
 * in checklists/policy/policy.yaml), and the document it writes. A personal policy is for one
 * clinician ("I …"); a practice or team policy for a practice, department or training programme ("We …").
 */
import type { GuidanceReference } from '../checklist/model.ts';
import type { AccountKind, PlatformId } from '../types.ts';

export const POLICY_KINDS = ['personal', 'practice'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

export interface PolicyOption { id: string; label: string }

export interface PolicyQuestion {
  id: string;
  for: PolicyKind[];
  type: 'choice' | 'text';
  /** Asked once for each account rather than once for the policy. */
  perAccount: boolean;
  text: string;
  hint: string | null;
  /** For a choice: the options, in order. Empty for text. */
  options: PolicyOption[];
}

export interface PolicySection { id: string; heading: string; practiceHeading: string }

export interface PolicyClauseData {
  id: string;
  section: string;
  for: PolicyKind[];
  perAccount: boolean;
  /** Question id → the option ids any of which it needs. Empty: always in. */
  when: Record<string, string[]>;
  text: Partial<Record<PolicyKind, string>>;
  guidance: GuidanceReference[];
}

export interface PolicyData {
  file: string;
  version: string;
  sections: PolicySection[];
  questions: PolicyQuestion[];
  clauses: PolicyClauseData[];
}

/** One account the policy covers, with the person's answers about it. */
export interface PolicyAccount {
  label: string;
  platform: PlatformId;
  kind: AccountKind;
  /** Question id (perAccount) → answer: an option id for a choice, the words for text. */
  answers: Record<string, string>;
}

/** Everything the person said, as kept with the app and as the CLI's answers file holds it. */
export interface PolicyAnswers {
  kind: PolicyKind;
  /** Question id → answer: an option id for a choice, the words for text. */
  answers: Record<string, string>;
  accounts: PolicyAccount[];
  /** "2027-12-03": when the policy is to be reviewed. */
  reviewOn: string;
}

/** A clause as written for this person, with the guidance that binds or advises them. */
export interface PolicyClause {
  id: string;
  /** For a clause written once per account, that account's label; null otherwise. */
  account: string | null;
  text: string;
  guidance: GuidanceReference[];
  /** The question ids whose answers this clause rests on (its when and its placeholders). */
  dependsOn: string[];
}

export interface PolicyDocument {
  kind: PolicyKind;
  title: string;
  organisation: string | null;
  appliesTo: string | null;
  author: { name: string; profession: string; regulator: string | null };
  /** "2026-12-03" */
  writtenOn: string;
  reviewOn: string;
  /** Set when the author's regulator's guidance is not in Chaperone: the policy says so. */
  guidanceNotIncluded: string | null;
  /** What the latest audit found, in sentences; null when there is no audit to draw on. */
  findings: { auditedOn: string; sentences: string[] } | null;
  sections: { id: string; heading: string; clauses: PolicyClause[] }[];
  /** Clauses left out because no guidance for this profession backs them (named, so nothing is hidden). */
  leftOut: string[];
  checklistVersion: string;
}
