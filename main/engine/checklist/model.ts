/**
 * The checklist model after loading and validation (see load.ts). Checklists are data: what is
 * checked, why, against which guidance, and how to fix it. Readers never see them.
 */
import type { AccountKind, PlatformId, SettingValue } from '../types.ts';

export const CATEGORIES = ['privacy', 'identity', 'boundaries', 'confidentiality', 'conduct'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_WEIGHT: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** One quoted passage of professional guidance. */
export interface GuidanceReference {
  id: string;
  publisher: string;
  title: string;
  /** Edition or year, e.g. "2024" or "2015, updated 2018". */
  edition: string;
  /** Paragraph or section as the source numbers it; null where it has none. */
  paragraph: string | null;
  /** False where the paragraph number is inferred or unseen: the UI must say "unverified". */
  paragraphVerified: boolean;
  /** Exact short quote. */
  quote: string;
  url: string;
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
  /** The item only applies when this setting holds one of these values (else not-applicable, saying `otherwise`). */
  when: (SettingCheck & { otherwise: string | null }) | null;
  /** Why it matters, in plain words. */
  why: string;
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
