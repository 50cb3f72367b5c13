/**
 * The store's current document (schema version 2) and its records, checked with zod on every read
 * and before every write.
 *
 * These check structure (types and known values), not the input rules of api-schemas.ts: tightening
 * a length limit for new input must never make an existing file "unreadable" and move it aside.
 */
import { z } from 'zod';
import { ANSWERS, SELF_CHECK_FINDINGS } from '../../shared/api-contract.ts';
import { ITEM_STATUSES } from '../audit/model.ts';
import { POLICY_KINDS } from '../policy/model.ts';
import { PROFESSIONS } from '../profile.ts';
import { anyReportSchema } from '../report/schema.ts';
import { ACCOUNT_KINDS, PLATFORM_IDS, SESSION_STATES } from '../types.ts';
import type { StoreData } from './model.ts';

export const STORE_SCHEMA_VERSION = 2;

const id = z.string().min(1);

export const profileRecord = z.strictObject({
  registeredName: z.string(),
  profession: z.enum(PROFESSIONS),
  regulator: z.string(),
  registrationNumber: z.string().nullable(),
});

export const accountRecord = z.strictObject({
  id,
  platform: z.enum(PLATFORM_IDS),
  label: z.string(),
  kind: z.enum(ACCOUNT_KINDS),
  host: z.string().nullable(),
  addedAt: z.string(),
  lastSessionCheck: z.strictObject({ at: z.string(), state: z.enum(SESSION_STATES), detail: z.string() }).nullable(),
});

export const manualAnswerRecord = z.strictObject({
  accountId: id,
  itemId: id,
  answer: z.enum(ANSWERS),
  note: z.string(),
  answeredAt: z.string(),
});

export const recheckRecord = z.strictObject({
  accountId: id,
  itemId: id,
  at: z.string(),
  status: z.enum(ITEM_STATUSES),
  observed: z.string().nullable(),
  reason: z.string().nullable(),
  // Added within version 2 (issue 14): what the person found by hand. Absent on Chaperone's own reads.
  byYou: z.strictObject({ found: z.enum(SELF_CHECK_FINDINGS), note: z.string() }).optional(),
});

export const appraisalDraftRecord = z.strictObject({
  reflection: z.strictObject({ what: z.string(), soWhat: z.string(), nowWhat: z.string() }),
  options: z.strictObject({
    showRegistrationNumber: z.boolean(),
    showHandles: z.boolean(),
    timeSpentMinutes: z.number().nullable(),
    declarationAccepted: z.boolean(),
    // Added within version 2 (issue 14); a draft saved before reads as "no appendix", the default.
    appendix: z.boolean().default(false),
  }),
});

export const storedAuditRecord = z.strictObject({
  id,
  report: anyReportSchema,
  answers: z.array(manualAnswerRecord),
  // Added within version 2, before any release; a file without it reads as "no re-checks".
  rechecks: z.array(recheckRecord).default([]),
  // Added within version 2 (issue 5). Optional rather than defaulted, so every place that creates an
  // audit need not write an empty draft; readers use EMPTY_APPRAISAL_DRAFT when it is absent.
  appraisal: appraisalDraftRecord.optional(),
});

export const settingsRecord = z.strictObject({
  browserPath: z.string().nullable(),
  reminderMonths: z.int().positive(),
});

const policyAnswersRecord = z.strictObject({
  kind: z.enum(POLICY_KINDS),
  answers: z.record(z.string(), z.string()),
  accounts: z.array(z.strictObject({
    accountId: id, label: z.string(), platform: z.enum(PLATFORM_IDS), kind: z.enum(ACCOUNT_KINDS), answers: z.record(z.string(), z.string()),
  })),
  leftOut: z.array(id).optional(),
  reviewOn: z.string(),
});

export const policyRecord = z.strictObject({
  answers: policyAnswersRecord.nullable(),
  savedAt: z.string(),
  written: policyAnswersRecord.nullable(),
  writtenOn: z.string().nullable(),
});

/** The sensitive part: sealed by the encryptor when it is available. */
export const sensitiveRecords = z.strictObject({
  profile: profileRecord.nullable(),
  accounts: z.array(accountRecord),
  history: z.array(storedAuditRecord),
  // Added within version 2 (issue 15). Optional, so a file from before reads as "no policy yet".
  policy: policyRecord.optional(),
});
export type SensitiveRecords = z.infer<typeof sensitiveRecords>;

export const storeDataSchema = sensitiveRecords.extend({ settings: settingsRecord });

export const sealedDocument = z.strictObject({
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  settings: settingsRecord,
  /** encryptor.encrypt(JSON of SensitiveRecords) */
  sealed: z.string().min(1),
});
export type SealedDocument = z.infer<typeof sealedDocument>;

export const plainDocument = z.strictObject({
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  settings: settingsRecord,
  data: sensitiveRecords,
});
export type PlainDocument = z.infer<typeof plainDocument>;

export const storeDocument = z.union([sealedDocument, plainDocument]);
export type StoreDocument = z.infer<typeof storeDocument>;

// Compile-time check that the schemas describe exactly what the rest of the code sees.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const STORE_DATA_MATCHES: Same<z.infer<typeof storeDataSchema>, StoreData> = true;

/** The first problem zod found, as "where: what", for error messages and recovery reasons. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the document';
  return `${where}: ${issue.message}`;
}
