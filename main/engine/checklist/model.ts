/**
 * The checklist model after loading and validation (see load.ts). Checklists are data: what is
 * checked, why, against which guidance, and how to fix it. Readers never see them.
 */
import type { Profession } from '../profile.ts';
import type { AccountKind, PlatformId, SettingValue } from '../types.ts';

export const CATEGORIES = ['privacy', 'identity', 'boundaries', 'confidentiality', 'conduct'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_WEIGHT: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

export const PUBLISHER_KINDS = ['regulator', 'professional-body'] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

/** A regulator (its guidance binds its registrants) or a professional body (its guidance advises). */
export interface Publisher {
  id: string;
  name: string;
  /** "GMC", "BMA": what users type and what the reports say. */
  short: string;
  kind: PublisherKind;
  /** The publisher's own web site hosts, e.g. "gmc-uk.org": every link must be on one. */
  sites: string[];
  /** Professions it registers (regulator) or advises (professional body). */
  professions: Profession[];
  /** Set when none of its guidance is in the data yet: why, in a sentence. Null when included. */
  notIncluded: string | null;
}

export const SOURCE_STATUSES = ['current', 'withdrawn'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

/** One edition of one publisher's guidance. */
export interface GuidanceSource {
  publisher: string;
  /** "GMC", "NMC", "BMA". */
  publisherShort: string;
  /** regulator: binds those it registers; advice: a professional body's advice. */
  binding: 'regulator' | 'advice';
  title: string;
  /** Edition or year, e.g. "2024". */
  edition: string;
  status: SourceStatus;
  /** For withdrawn guidance: when it stopped applying, e.g. "2024-01-30". */
  withdrawnOn: string | null;
  /** The publisher's own page (for a quote, the page of that passage); null where the text is known only from a secondary copy. */
  url: string | null;
}

/** One quoted passage of professional guidance, with its source's details. */
export interface GuidanceReference extends GuidanceSource {
  id: string;
  /** Publisher id, e.g. "gmc". */
  publisherId: string;
  /** Paragraph or section as the source numbers it; null where it has none. */
  paragraph: string | null;
  /** False where the paragraph number is inferred or unseen: the UI must say "not verified". */
  paragraphVerified: boolean;
  /** Exact short quote. */
  quote: string;
  /** Where the quoted wording was read and confirmed (may be a secondary copy), and when. */
  confirmedAt: string;
  confirmedOn: string;
}

/** A value the setting must hold (any of them) for the item to pass. */
export interface SettingCheck {
  setting: string;
  /** Passing values; at least one. */
  expect: SettingValue[];
}

export interface Question {
  text: string;
  /** The answer that meets the guidance. */
  goodAnswer: 'yes' | 'no';
  /** What each answer means for this question ("Yes, some are" / "No, none are"); not applicable is offered only when labelled. */
  labels: AnswerLabels;
}

export interface AnswerLabels {
  yes: string;
  no: string;
  notApplicable: string | null;
}

export interface FixPath {
  /** The exact settings page; https only. */
  url: string | null;
  steps: string[];
}

export interface ChecklistItem {
  id: string;
  title: string;
  category: Category;
  severity: Severity;
  weight: number;
  appliesTo: AccountKind[];
  /** Exactly one of check / question. */
  check: SettingCheck | null;
  question: Question | null;
  /** The item only applies when every one of these settings holds one of its values (else not-applicable, saying `otherwise`). */
  when: (SettingCheck & { otherwise: string | null })[];
  /**
   * True for good privacy practice that no professional guidance asks for (ads personalisation,
   * data sharing…): shown and fixable, never in the professional score.
   */
  privacyPractice: boolean;
  /** A question about how the person uses social media, asked once per audit rather than per account. */
  once: boolean;
  /** Why it matters, in plain words. */
  why: string;
  /**
   * Set where the guidance does not name this setting and Chaperone applies it: what the guidance
   * speaks of, e.g. "professional boundaries". The why then says so.
   */
  appliesGuidanceOn: string | null;
  guidance: GuidanceReference[];
  fix: FixPath;
  /** How to check by hand when the app could not read the setting. */
  manualCheck: string;
  /** File the item came from, for error messages and reports. */
  file: string;
}

export interface PlatformChecklist {
  file: string;
  version: string;
  platform: {
    id: PlatformId;
    name: string;
    hosts: string[];
    settingsPages: { title: string; url: string }[];
  };
  items: ChecklistItem[];
}

export interface ChecklistSet {
  /** Combined version of all files, e.g. "x@1.0.0 common@1.0.0 guidance@1.0.0 (sha256:ab12…)". */
  version: string;
  publishers: Publisher[];
  sources: (GuidanceSource & { id: string; publisherId: string })[];
  guidance: GuidanceReference[];
  /** Items that apply to every platform (identity, boundaries questions…). */
  common: ChecklistItem[];
  platforms: PlatformChecklist[];
}

/** A checklist file that cannot be used. The app refuses to audit rather than guess. */
export class ChecklistError extends Error {
  readonly file: string;
  readonly fieldPath: string;
  readonly line: number | null;
  constructor(file: string, fieldPath: string, line: number | null, problem: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${fieldPath === '' ? '' : `${fieldPath}: `}${problem}`);
    this.name = 'ChecklistError';
    this.file = file;
    this.fieldPath = fieldPath;
    this.line = line;
  }
}
