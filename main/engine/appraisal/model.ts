/**
 * The appraisal summary (issue 5): what a clinician uploads to their appraisal or revalidation
 * portfolio. One model, built once from a stored audit, rendered to HTML (and from it PDF) and to
 * plain text, so every format says the same thing.
 */
import type { ItemStatus } from '../audit/model.ts';
import type { AuditComparison, Profile, StoredAudit } from '../../shared/api-contract.ts';

/** The "What? So what? Now what?" reflection (AoMRC/GMC, The reflective practitioner). Written by the user. */
export interface Reflection {
  what: string;
  soWhat: string;
  nowWhat: string;
}

export interface AppraisalOptions {
  /** Off by default: portals already hold it. */
  showRegistrationNumber: boolean;
  /** Off by default: account handles are not needed as evidence. */
  showHandles: boolean;
  /** For CPD logs; null when the user did not say. */
  timeSpentMinutes: number | null;
  /** The user ticked: "This document holds no information that could identify a patient." */
  declarationAccepted: boolean;
  /** Months until the suggested re-audit (the user's reminder interval). */
  reauditMonths: number;
  /**
   * Off by default: the PDF is two pages and the text short enough for a portfolio box. On: the PDF
   * adds an appendix with every item, and the text export is the full text.
   */
  appendix: boolean;
}

export interface AppraisalInput {
  audit: StoredAudit;
  /** The audit before this one, for the comparison; null for a first audit. */
  previous: StoredAudit | null;
  profile: Profile;
  reflection: Reflection;
  options: AppraisalOptions;
  appVersion: string;
  generatedAt: Date;
}

export interface FindingRow {
  account: string;
  item: string;
  /** Good privacy practice no professional guidance asks for: shown apart, never scored. */
  privacyPractice: boolean;
  /** Guidance references as citations, e.g. "GMC, Using social media as a medical professional (2024), para 8 (paragraph number unverified)". */
  guidance: string[];
  statusAtStart: ItemStatus;
  /** What was done: "Changed the setting; checked again on 26 November 2026", "Answered: No", or "". */
  actionTaken: string;
  statusNow: ItemStatus;
}

/**
 * The numbers an appraiser reads first. Settings Chaperone reads (automatic) and questions only the
 * user can answer are counted apart; "could not check" is its own count, never folded into passed.
 */
export interface Headline {
  /** Settings your professional guidance asks about (not-applicable ones left out): these are scored. */
  professional: StatusCounts;
  /** Good privacy practice no professional guidance asks for: counted apart, never scored. */
  practice: StatusCounts;
  questions: number;
  questionsAnswered: number;
  /** The score when the audit ran (professional items only), and how many of its settings could be read. */
  score: { value: number | null; read: number; readable: number };
}

export interface StatusCounts {
  passed: number;
  /** Of those passed, how many the person checked by hand ("I checked this myself"), not Chaperone. */
  checkedByYou: number;
  needsFixing: number;
  couldNotCheck: number;
}

export interface FixedItem {
  account: string;
  item: string;
  /** ISO timestamp of the check that found it fixed. */
  at: string;
}

export interface OutstandingAction {
  account: string;
  item: string;
  /** fail: needs fixing; unknown: could not be checked, so it needs a look by hand. */
  status: 'fail' | 'unknown';
  /** Good privacy practice no professional guidance asks for. */
  privacyPractice: boolean;
  /** What to do, in plain words. */
  action: string;
  /** ISO date. */
  targetDate: string;
}

/** Everything the document says, in order. Plain data: each renderer escapes it for its format. */
export interface AppraisalSummary {
  title: string;
  header: {
    name: string;
    profession: string;
    regulator: string;
    /** Null unless the user chose to show it. */
    registrationNumber: string | null;
    auditDate: string;
    /** e.g. "since your audit of 1 May 2026" or "first audit". */
    period: string;
    appVersion: string;
    checklistVersion: string;
    /** Guidance titles with edition and standing, current first, e.g. "General Medical Council, Good medical practice, 2024 (current)". */
    guidanceEditions: string[];
    /** Set when the user's regulator's guidance is not in Chaperone. */
    guidanceNotIncluded: string | null;
  };
  filing: { category: 'CPD' | 'Quality improvement activity'; title: string; timeSpent: string | null; why: string };
  scope: { accounts: { platform: string; kind: string; handle: string | null }[]; note: string };
  method: { readAutomatically: number; checkedByYou: number; answeredByYou: number; couldNotCheck: number; limits: string[] };
  /** Page 1's headline: counts by status now, so none overlap. */
  headline: Headline;
  /** Items that needed fixing at the audit and passed when checked again, with the date of that check. */
  fixed: FixedItem[];
  findings: FindingRow[];
  outstanding: OutstandingAction[];
  reauditDate: string;
  comparison: { first: true } | { first: false; previousDate: string; comparison: AuditComparison };
  reflection: Reflection;
  declaration: { accepted: boolean; text: string };
  generatedAt: string;
  /** SHA-256 (hex) of the canonical JSON of everything above. */
  fingerprint: string;
}
