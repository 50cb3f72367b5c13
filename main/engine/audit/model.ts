/** What an audit produces. The JSON report (report/schema.ts) is this, versioned. */
import type { ItemGroup } from '../checklist/audience.ts';
import type { AnswerLabels, Category, FixPath, GuidanceReference, GuidanceSource, Severity } from '../checklist/model.ts';
import type {
  AccountSpec, Identity, ObservationSource, SessionState, SettingValue, StrangerView, UnreadReason,
} from '../types.ts';

export const ITEM_STATUSES = ['pass', 'fail', 'unknown', 'manual', 'not-applicable'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface ObservedValue {
  value: SettingValue;
  source: ObservationSource;
  evidence: string;
  readAt: string;
}

export interface ItemResult {
  itemId: string;
  title: string;
  category: Category;
  severity: Severity;
  weight: number;
  status: ItemStatus;
  /** professional: asked by the user's guidance, scored. privacy-practice: good practice only, never scored. */
  group: ItemGroup;
  /** The setting key read, for automatic items. */
  setting: string | null;
  expected: SettingValue[] | null;
  observed: ObservedValue | null;
  /** For unknown: why it could not be checked; for not-applicable: why it does not apply. */
  reason: string | null;
  unreadReason: UnreadReason | null;
  /** For unknown: how to check by hand. */
  manualCheck: string | null;
  /** For manual items: the question to the user. */
  question: string | null;
  /** For manual items: the answer that shows no risk; any other answer (but not applicable) is one to fix. */
  goodAnswer: 'yes' | 'no' | null;
  /** For questions: what each answer means ("Yes, some are" / "No, none are"); null for other items. */
  answerLabels: AnswerLabels | null;
  why: string;
  guidance: GuidanceReference[];
  fix: FixPath;
}

/** Items of the privacy-practice group, counted apart: they never change the professional score. */
export interface PrivacyPracticeCount {
  pass: number;
  fail: number;
  unknown: number;
}

/** The professional score: items of the professional group only. */
export interface Score {
  /** Weighted share of verified items that passed, 0–100; null when nothing was verified. */
  score: number | null;
  /** Share of automatic items that were verified (pass or fail), 0–100. */
  coverage: number;
  pass: number;
  fail: number;
  unknown: number;
  manual: number;
  notApplicable: number;
  privacyPractice: PrivacyPracticeCount;
}

export interface RequestsBlocked {
  /** Requests to hosts outside the platform's own, aborted. */
  offHost: number;
  hosts: string[];
  /** Images, media and fonts not loaded. */
  resources: number;
}

export interface AccountResult {
  account: AccountSpec;
  platformName: string;
  session: SessionState;
  sessionDetail: string;
  startedAt: string;
  finishedAt: string;
  items: ItemResult[];
  score: Score;
  identity: Identity | null;
  stranger: StrangerView | null;
  requestsBlocked: RequestsBlocked;
  /** Set when the account's audit broke (browser crashed, timed out…); the rest of the audit stands. */
  error: string | null;
}

/** Whose guidance this audit was checked against. */
export interface AuditGuidance {
  /** The user's regulator as Chaperone holds it ("GMC"); null when its guidance is not included. */
  regulator: string | null;
  /** Set when the user's regulator's guidance is not in Chaperone. */
  notIncluded: string | null;
  /** Every source of the user's regulator and professional bodies in Chaperone, current first. */
  sources: GuidanceSource[];
}

export interface AuditResult {
  startedAt: string;
  finishedAt: string;
  appVersion: string;
  checklistVersion: string;
  guidance: AuditGuidance;
  cancelled: boolean;
  accounts: AccountResult[];
  /** Questions about how the person uses social media at all, asked once rather than per account. */
  questions: ItemResult[];
  overall: Score;
}
