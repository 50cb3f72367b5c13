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

export interface OutstandingAction {
  account: string;
  item: string;
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
  method: { readAutomatically: number; answeredByYou: number; couldNotCheck: number; limits: string[] };
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
