/**
 * The JSON report, version 2. Documented in docs/report.md; the JSON Schema in
 * docs/report-schema.json is generated from this (npm run report-schema) and a test keeps them equal.
 * Never holds cookies, tokens or profile paths.
 */
import { z } from 'zod';
import { ITEM_GROUPS } from '../checklist/audience.ts';
import { CATEGORIES, SEVERITIES, SOURCE_STATUSES } from '../checklist/model.ts';
import { PROFESSIONS } from '../profile.ts';
import {
  ACCOUNT_KINDS, IDENTITY_FIELDS, OBSERVATION_SOURCES, PLATFORM_IDS, SESSION_STATES, UNREAD_REASONS,
} from '../types.ts';
import { ITEM_STATUSES } from '../audit/model.ts';
import { migrateReportV1 } from './migrate-report.ts';
import { reportV1Schema } from './schema-v1.ts';

export const REPORT_SCHEMA_VERSION = 2;

const settingValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const source = z.enum(OBSERVATION_SOURCES);

const binding = z.enum(['regulator', 'advice']).describe('regulator: binds the user; advice: a professional body\'s advice.');
const sourceFields = {
  publisher: z.string(),
  publisherShort: z.string().describe('e.g. "GMC", "BMA".'),
  binding,
  title: z.string(),
  edition: z.string(),
  status: z.enum(SOURCE_STATUSES).describe('withdrawn guidance is background only, never the reason an item fails.'),
  withdrawnOn: z.string().nullable(),
  url: z.string().nullable().describe('The publisher\'s own page; null when the text is known only from a secondary copy.'),
};

const guidance = z.object({
  id: z.string(),
  publisherId: z.string(),
  ...sourceFields,
  paragraph: z.string().nullable(),
  paragraphVerified: z.boolean().describe('False where the paragraph number is inferred or unseen.'),
  quote: z.string(),
  confirmedAt: z.string().describe('Where the quoted wording was read (may be a secondary copy).'),
  confirmedOn: z.string().describe('When it was read.'),
});

const item = z.object({
  itemId: z.string(),
  title: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  weight: z.number(),
  status: z.enum(ITEM_STATUSES),
  group: z.enum(ITEM_GROUPS).describe('privacy-practice: good privacy practice no professional guidance asks for; never scored.'),
  setting: z.string().nullable().describe('The setting key read, for automatic items.'),
  expected: z.array(settingValue).nullable().describe('Values that pass.'),
  observed: z.object({
    value: settingValue,
    source: source.describe('Which way of reading produced the value, most robust first.'),
    evidence: z.string().describe('Where it was read: endpoint and field, or role and label.'),
    readAt: z.string(),
  }).nullable().describe('The value read in this run; null when nothing was read.'),
  reason: z.string().nullable().describe('For unknown: why it could not be checked. For not-applicable: why.'),
  unreadReason: z.enum(UNREAD_REASONS).nullable(),
  manualCheck: z.string().nullable().describe('For unknown: how to check by hand.'),
  question: z.string().nullable(),
  goodAnswer: z.enum(['yes', 'no']).nullable().default(null)
    .describe('For questions: the answer that shows no risk. Absent in reports written before it was recorded.'),
  answerLabels: z.object({ yes: z.string(), no: z.string(), notApplicable: z.string().nullable() }).nullable().default(null)
    .describe('For questions: what each answer means, as the person chose it ("Yes, some are" / "No, none are"); notApplicable null when not offered. Absent in reports written before it was recorded: the app then says plain yes / no.'),
  why: z.string(),
  guidance: z.array(guidance),
  fix: z.object({ url: z.string().nullable(), steps: z.array(z.string()) }),
});

const score = z.object({
  score: z.number().nullable().describe('Weighted share of verified items that passed (0–100); null when nothing was verified.'),
  coverage: z.number().describe('Share of automatic items verified (0–100).'),
  pass: z.number(), fail: z.number(), unknown: z.number(), manual: z.number(), notApplicable: z.number(),
  privacyPractice: z.object({ pass: z.number(), fail: z.number(), unknown: z.number() })
    .describe('Items of the privacy-practice group, counted apart: they never change the score.'),
}).describe('The professional score: items of the professional group only.');

const identity = z.object({
  displayName: z.string().nullable(), handle: z.string().nullable(), bio: z.string().nullable(),
  workplace: z.string().nullable(), unreadFields: z.array(z.enum(IDENTITY_FIELDS)), source, evidence: z.string(),
});

const stranger = z.object({
  url: z.string(), checked: z.boolean().describe('False when the stranger check itself failed.'), loginWall: z.boolean(), profileVisible: z.boolean(), name: z.string().nullable(),
  bio: z.string().nullable(), location: z.string().nullable(),
  // Added after the first reports were written: older reports read as "not seen".
  workplace: z.string().nullable().default(null),
  connectionsVisible: z.boolean().nullable().default(null).describe('Whether a stranger could open the friends, followers or connections list; null when not told.'),
  postsVisible: z.number().nullable(),
  postsProtected: z.boolean(), notes: z.array(z.string()),
});

const account = z.object({
  account: z.object({ id: z.string(), platform: z.enum(PLATFORM_IDS), label: z.string(), kind: z.enum(ACCOUNT_KINDS) }),
  platformName: z.string(),
  session: z.enum(SESSION_STATES),
  sessionDetail: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  items: z.array(item),
  score,
  identity: identity.nullable(),
  stranger: stranger.nullable().describe('What a logged-out visitor sees of the profile.'),
  requestsBlocked: z.object({ offHost: z.number(), hosts: z.array(z.string()), resources: z.number() }),
  error: z.string().nullable(),
});

export const auditReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  kind: z.literal('chaperone-audit'),
  generatedAt: z.string(),
  profile: z.object({ registeredName: z.string(), profession: z.enum(PROFESSIONS), regulator: z.string() }),
  audit: z.object({
    startedAt: z.string(), finishedAt: z.string(), appVersion: z.string(), checklistVersion: z.string(),
    guidance: z.object({
      regulator: z.string().nullable().describe('The user\'s regulator as Chaperone holds its guidance; null when not included.'),
      notIncluded: z.string().nullable(),
      sources: z.array(z.object(sourceFields)).describe('Guidance that binds or advises the user, current first.'),
    }),
    cancelled: z.boolean(), overall: score, accounts: z.array(account),
    questions: z.array(item).describe('Questions asked once for the whole audit, not for each account.'),
  }),
}).strict();

export type AuditReport = z.infer<typeof auditReportSchema>;

/** A report of any version Chaperone has written, brought up to this one: for stored audits and saved files. */
export const anyReportSchema = z.union([auditReportSchema, reportV1Schema.transform(migrateReportV1)]);
