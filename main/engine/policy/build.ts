/**
 * Writes a policy from its data, the person's details and answers, and their latest audit. Pure:
 * the same input gives the same document. A clause is in when it is for this kind of policy and its
 * answers hold; it cites only guidance that binds or advises the author's profession (current text
 * only), and a clause with none of that is left out and named in `leftOut`.
 */
import { audienceFor } from '../checklist/audience.ts';
import type { GuidanceReference, Publisher } from '../checklist/model.ts';
import type { UserProfile } from '../profile.ts';
import type { StoredAudit } from '../../shared/api-contract.ts';
import { standings } from '../../shared/audit-view.ts';
import { placeholders } from './load.ts';
import type { PolicyAccount, PolicyAnswers, PolicyClause, PolicyClauseData, PolicyData, PolicyDocument } from './model.ts';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDate = (iso: string): string => LONG_DATE.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));

const PROFESSION_WORDS: Record<UserProfile['profession'], string> = {
  doctor: 'doctor', 'physician-associate': 'physician associate', 'anaesthesia-associate': 'anaesthesia associate', nurse: 'nurse',
  midwife: 'midwife', 'nursing-associate': 'nursing associate', pharmacist: 'pharmacist', 'pharmacy-technician': 'pharmacy technician',
  'allied-health-professional': 'allied health professional', dentist: 'dentist', other: 'health professional',
};

export interface PolicyInput {
  data: PolicyData;
  publishers: readonly Publisher[];
  profile: UserProfile;
  answers: PolicyAnswers;
  /** The person's latest audit, for what it found; null when there is none. */
  audit: StoredAudit | null;
  /** "2026-12-03" */
  writtenOn: string;
  checklistVersion: string;
  /** Platform id → its name ("X (Twitter)"). */
  platformNames: Readonly<Record<string, string>>;
}

/** Current guidance only, the author's regulator first, then professional bodies' advice, in the data's order within each. */
function citedFor(refs: readonly GuidanceReference[], shown: readonly string[]): GuidanceReference[] {
  return refs.filter((g) => g.status === 'current' && shown.includes(g.publisherId))
    .map((g, index) => ({ g, index }))
    .sort((a, b) => shown.indexOf(a.g.publisherId) - shown.indexOf(b.g.publisherId) || a.index - b.index)
    .map(({ g }) => g);
}

/** The questions a clause's wording rests on: its when, and the answers its placeholders name. */
function clauseDependsOn(clause: PolicyClauseData, kind: PolicyAnswers['kind']): string[] {
  const names = placeholders(clause.text[kind] ?? '').map((name) => {
    if (name === 'account.label' || name === 'account.platform' || name === 'account.kind') return 'accounts';
    return name.startsWith('account.') ? `account-${name.slice('account.'.length)}` : name;
  });
  return [...new Set([...Object.keys(clause.when), ...names])].sort();
}

function holds(when: PolicyClauseData['when'], answers: Readonly<Record<string, string>>): boolean {
  return Object.entries(when).every(([question, options]) => options.includes(answers[question] ?? ''));
}

function fill(words: string, values: Readonly<Record<string, string>>): string {
  return words.replace(/\{([a-zA-Z.-]+)\}/g, (_whole, name: string) => values[name] ?? `{${name}}`);
}

/**
 * "Personal X (X (Twitter), personal): a stranger cannot see its posts; 2 settings to fix." — only
 * what the audit read, and only of the accounts the policy covers (by label and platform).
 */
function findingsOf(audit: StoredAudit, covered: readonly PolicyAccount[]): PolicyDocument['findings'] {
  const now = standings(audit).filter((s) => s.account !== null && s.item.status !== 'manual' && s.item.status !== 'not-applicable');
  const accounts = audit.report.audit.accounts.filter((a) => covered.some((c) => c.label === a.account.label && c.platform === a.account.platform));
  if (accounts.length === 0) return null;
  const sentences = accounts.map((account) => {
    const parts: string[] = [];
    const stranger = account.stranger;
    if (stranger?.checked === true) {
      if (stranger.loginWall || stranger.postsProtected) parts.push('a stranger cannot see its posts');
      else if (stranger.postsVisible !== null) parts.push(`a stranger can see ${String(stranger.postsVisible)} of its posts`);
      if (stranger.name !== null && stranger.profileVisible) parts.push(`it shows the name "${stranger.name}" to anyone`);
    } else {
      parts.push('Chaperone could not check what a stranger sees of it');
    }
    const mine = now.filter((s) => s.accountId === account.account.id);
    const fix = mine.filter((s) => s.status === 'fail').length;
    const unknown = mine.filter((s) => s.status === 'unknown').length;
    const passed = mine.filter((s) => s.status === 'pass').length;
    parts.push(fix === 0 && unknown === 0 ? `all ${String(passed)} settings Chaperone read pass its checks`
      : `${String(fix)} ${fix === 1 ? 'setting' : 'settings'} to fix and ${String(unknown)} that could not be checked`);
    return `${account.account.label} (${account.platformName}, ${account.account.kind}): ${parts.join('; ')}.`;
  });
  return { auditedOn: audit.report.audit.startedAt.slice(0, 10), sentences };
}

export function buildPolicy(input: PolicyInput): PolicyDocument {
  const { data, profile, answers, writtenOn } = input;
  const { kind } = answers;
  const audience = audienceFor(profile, input.publishers);
  const shown = audience.publishers.map((p) => p.id);
  const organisation = kind === 'practice' ? (answers.answers.organisation ?? '').trim() : null;
  const values: Record<string, string> = {
    ...answers.answers, organisation: organisation ?? '', appliesTo: answers.answers.appliesTo ?? '', reviewOn: longDate(answers.reviewOn),
  };
  const leftOut: string[] = [];
  const write = (clause: PolicyClauseData, account: PolicyAccount | null): PolicyClause | null => {
    const guidance = citedFor(clause.guidance, shown);
    if (guidance.length === 0) {
      if (!leftOut.includes(clause.id)) leftOut.push(clause.id);
      return null;
    }
    const accountValues: Record<string, string> = account === null ? {} : {
      'account.label': account.label, 'account.platform': input.platformNames[account.platform] ?? account.platform, 'account.kind': account.kind,
      ...Object.fromEntries(Object.entries(account.answers).map(([question, answer]) => [`account.${question.replace(/^account-/, '')}`, answer])),
    };
    return { id: clause.id, account: account?.label ?? null, text: fill(clause.text[kind] ?? '', { ...values, ...accountValues }), guidance, dependsOn: clauseDependsOn(clause, kind) };
  };
  const sections = data.sections.map((section) => {
    const clauses = data.clauses.filter((c) => c.section === section.id && c.for.includes(kind)).flatMap((clause) => {
      if (!clause.perAccount) return holds(clause.when, answers.answers) ? [write(clause, null)] : [];
      return answers.accounts.filter((a) => holds(clause.when, a.answers)).map((a) => write(clause, a));
    }).filter((c): c is PolicyClause => c !== null)
      // Clauses written per account follow the accounts' order, whatever clause produced them.
      .map((c, index) => ({ c, index }))
      .sort((a, b) => accountOrder(answers, a.c) - accountOrder(answers, b.c) || a.index - b.index).map(({ c }) => c);
    return { id: section.id, heading: kind === 'practice' ? section.practiceHeading : section.heading, clauses };
  }).filter((s) => s.clauses.length > 0);
  const name = profile.registeredName.trim();
  return {
    kind,
    title: kind === 'practice' ? `Social media policy of ${organisation ?? ''}` : `Social media policy of ${name}`,
    organisation,
    appliesTo: kind === 'practice' ? (answers.answers.appliesTo ?? '').trim() : null,
    author: { name, profession: PROFESSION_WORDS[profile.profession], regulator: audience.regulator?.short ?? null },
    writtenOn, reviewOn: answers.reviewOn,
    guidanceNotIncluded: audience.notIncluded,
    findings: input.audit === null ? null : findingsOf(input.audit, answers.accounts),
    sections, leftOut, checklistVersion: input.checklistVersion,
  };
}

function accountOrder(answers: PolicyAnswers, clause: PolicyClause): number {
  return clause.account === null ? -1 : answers.accounts.findIndex((a) => a.label === clause.account);
}

export { longDate as policyDate };
