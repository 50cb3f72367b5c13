/**
 * The JSON report as version 1 wrote it, frozen: stored audits and saved reports of that version
 * are read with this and brought up to the current version by migrate-report.ts.
 */
import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from '../checklist/model.ts';
import { PROFESSIONS } from '../profile.ts';
import {
  ACCOUNT_KINDS, IDENTITY_FIELDS, OBSERVATION_SOURCES, PLATFORM_IDS, SESSION_STATES, UNREAD_REASONS,
} from '../types.ts';
import { ITEM_STATUSES } from '../audit/model.ts';


const settingValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const source = z.enum(OBSERVATION_SOURCES);

const guidance = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  edition: z.string(),
  paragraph: z.string().nullable(),
  paragraphVerified: z.boolean().describe('False where the paragraph number is inferred or unseen.'),
  quote: z.string(),
  url: z.string(),
});

const item = z.object({
  itemId: z.string(),
  title: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  weight: z.number(),
  status: z.enum(ITEM_STATUSES),
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
  why: z.string(),
  guidance: z.array(guidance),
  fix: z.object({ url: z.string().nullable(), steps: z.array(z.string()) }),
});

const score = z.object({
  score: z.number().nullable().describe('Weighted share of verified items that passed (0–100); null when nothing was verified.'),
  coverage: z.number().describe('Share of automatic items verified (0–100).'),
  pass: z.number(), fail: z.number(), unknown: z.number(), manual: z.number(), notApplicable: z.number(),
});

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

export const reportV1Schema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('chaperone-audit'),
  generatedAt: z.string(),
  profile: z.object({ registeredName: z.string(), profession: z.enum(PROFESSIONS), regulator: z.string() }),
  audit: z.object({
    startedAt: z.string(), finishedAt: z.string(), appVersion: z.string(), checklistVersion: z.string(),
    cancelled: z.boolean(), overall: score, accounts: z.array(account),
  }),
}).strict();

export type ReportV1 = z.infer<typeof reportV1Schema>;
