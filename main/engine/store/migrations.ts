/**
 * Older store documents brought up to the current schema by pure functions, one step per version.
 *
 * Version 1 was the first development layout: never sealed, manual answers kept at the top level as
 * `{ [auditId]: ManualAnswer[] }` instead of inside each audit, and accounts without `host` or
 * `lastSessionCheck`.
 */
import { z } from 'zod';
import { anyReportSchema } from '../report/schema.ts';
import {
  accountRecord, firstIssue, manualAnswerRecord, profileRecord, plainDocument, sealedDocument, settingsRecord, STORE_SCHEMA_VERSION,
  type PlainDocument, type StoreDocument,
} from './schema.ts';
import { LOCKS, LockedStoreError } from './locked.ts';
import { REASONS, UnreadableStoreError } from './unreadable.ts';

export const v1Document = z.strictObject({
  schemaVersion: z.literal(1),
  settings: settingsRecord,
  profile: profileRecord.nullable(),
  accounts: z.array(accountRecord.omit({ host: true, lastSessionCheck: true })),
  history: z.array(z.strictObject({ id: z.string().min(1), report: anyReportSchema })),
  answers: z.record(z.string(), z.array(manualAnswerRecord)),
});
export type V1Document = z.infer<typeof v1Document>;

export function migrateV1ToV2(v1: V1Document): PlainDocument {
  return {
    schemaVersion: 2,
    settings: v1.settings,
    data: {
      profile: v1.profile,
      accounts: v1.accounts.map((account) => ({ ...account, host: null, lastSessionCheck: null })),
      // Answers to an audit that is not in the history have nothing left to belong to, so they go.
      history: v1.history.map((audit) => ({ ...audit, answers: v1.answers[audit.id] ?? [], rechecks: [] })),
    },
  };
}

/** Each step: the schema of the version it starts from, and the function to the next version. */
const STEPS: Record<number, { schema: z.ZodType; migrate: (document: never) => unknown } | undefined> = {
  1: { schema: v1Document, migrate: migrateV1ToV2 },
};

export interface Migrated {
  document: StoreDocument;
  /** The version the file was at, when it was older than the current one. */
  migratedFrom: number | null;
}

/** Validates a document of any known version and migrates it; throws LockedStoreError for a newer version, UnreadableStoreError otherwise. */
export function migrateToCurrent(raw: Record<string, unknown>): Migrated {
  const version = raw.schemaVersion;
  if (version === undefined) throw new UnreadableStoreError(REASONS.noVersion);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new UnreadableStoreError(REASONS.layout(`schemaVersion: ${JSON.stringify(version)} is not a version number`));
  }
  // A newer Chaperone's file is not damaged: it is left untouched, and nothing is written over it.
  if (version > STORE_SCHEMA_VERSION) throw new LockedStoreError(LOCKS.newer(version, STORE_SCHEMA_VERSION));
  let current: unknown = raw;
  for (let at = version; at < STORE_SCHEMA_VERSION; at++) {
    const step = STEPS[at];
    if (!step) throw new UnreadableStoreError(REASONS.layout(`no way to read data version ${at}`));
    const parsed = step.schema.safeParse(current);
    if (!parsed.success) throw new UnreadableStoreError(REASONS.layout(firstIssue(parsed.error)));
    current = step.migrate(parsed.data as never);
  }
  // Checked against the one layout it claims, so the reason names the field at fault.
  const sealed = typeof current === 'object' && current !== null && 'sealed' in current;
  const parsed = (sealed ? sealedDocument : plainDocument).safeParse(current);
  if (!parsed.success) throw new UnreadableStoreError(REASONS.layout(firstIssue(parsed.error)));
  return { document: parsed.data, migratedFrom: version < STORE_SCHEMA_VERSION ? version : null };
}
