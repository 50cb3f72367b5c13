/**
 * Run-time checks for every argument the renderer sends. The main side parses with these before
 * any handler runs, so a malformed call changes nothing. Never imported by the preload.
 */
import { z } from 'zod';
import { PROFESSIONS } from '../engine/profile.ts';
import { ACCOUNT_KINDS, PLATFORM_IDS } from '../engine/types.ts';
import type { PolicyKind } from '../engine/policy/model.ts';
import { ANSWERS, APPRAISAL_FORMATS, POLICY_FORMATS, SELF_CHECK_FINDINGS, SERVER_PLATFORMS, type Channel } from './api-contract.ts';
import { ALL_ACCOUNTS } from './audit-view.ts';

const id = z.uuid({ message: 'must be an id Chaperone gave out' });
const text = (max: number): z.ZodString => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const none = z.undefined({ message: 'takes no arguments' });
/** A server name such as mastodon.social: letters, digits, dots and dashes, no scheme or path. */
const hostName = z.string().trim().toLowerCase().max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a server name such as mastodon.social');


export const profileSchema = z.strictObject({
  registeredName: text(120).regex(/\p{L}/u, 'must contain letters'),
  profession: z.enum(PROFESSIONS),
  regulator: text(40),
  registrationNumber: z.string().trim().max(20).regex(/^[A-Za-z0-9 -]*$/, 'may hold only letters, digits, spaces and dashes')
    .transform((value) => (value === '' ? null : value)).nullable(),
});

export const settingsSchema = z.strictObject({
  browserPath: z.string().max(1000).refine((p) => /^([A-Za-z]:\\|\/)/.test(p), 'must be a full path to the browser program').nullable(),
  reminderMonths: z.int().min(1, 'must be at least 1').max(24, 'must be at most 24'),
});

/** One part of the reflection: may be empty while the user is still writing. */
const reflectionPart = z.string().max(5000, 'must be at most 5000 characters');

export const appraisalDraftSchema = z.strictObject({
  reflection: z.strictObject({ what: reflectionPart, soWhat: reflectionPart, nowWhat: reflectionPart }),
  options: z.strictObject({
    showRegistrationNumber: z.boolean(),
    showHandles: z.boolean(),
    timeSpentMinutes: z.int('must be a whole number of minutes').min(1, 'must be at least 1 minute')
      .max(6000, 'must be at most 6000 minutes').nullable(),
    declarationAccepted: z.boolean(),
    appendix: z.boolean().default(false),
  }),
});

/** A question's id in policy.yaml (letters, digits and hyphens); which ids a policy asks is checked against the questions when it is written. */
const policyQuestionId = z.string().regex(/^[a-z][a-zA-Z0-9-]{0,59}$/, 'must be a question of the policy');
/** An answer: an option id, or the person's own words. Empty while not answered yet. */
const policyAnswer = z.string().trim().max(300, 'must be at most 300 characters');
const policyAnswerSet = z.record(policyQuestionId, policyAnswer).refine((r) => Object.keys(r).length <= 60, 'has too many answers');

export const policyDraftSchema = z.strictObject({
  kind: z.enum(['personal', 'practice'] as const satisfies readonly PolicyKind[]),
  answers: policyAnswerSet,
  accounts: z.array(z.strictObject({ accountId: id, answers: policyAnswerSet })).max(100),
  leftOut: z.array(id).max(100).optional(),
  reviewOn: z.union([z.literal(''), z.iso.date('must be a date written as 2027-12-03')]),
});

export const CHANNEL_SCHEMAS = {
  'profile:get': none,
  'profile:save': profileSchema,
  'accounts:list': none,
  'accounts:add': z.strictObject({
    platform: z.enum(PLATFORM_IDS), label: text(60), kind: z.enum(ACCOUNT_KINDS), host: hostName.nullable().optional(),
  }).refine((a) => a.platform !== 'mastodon' || (a.host ?? null) !== null, {
    path: ['host'], message: 'must name your Mastodon server, such as mastodon.social',
  }).refine((a) => SERVER_PLATFORMS.has(a.platform) || (a.host ?? null) === null, {
    path: ['host'], message: 'applies only to Mastodon and Bluesky accounts',
  }),
  'accounts:signIn': z.strictObject({ accountId: id }),
  'accounts:disconnect': z.strictObject({ accountId: id }),
  'accounts:update': z.strictObject({ accountId: id, label: text(60).optional(), kind: z.enum(ACCOUNT_KINDS).optional() })
    .refine((c) => c.label !== undefined || c.kind !== undefined, { message: 'must change the name or what the account is used for' }),
  'audit:start': z.strictObject({ accountIds: z.array(id).min(1).max(100).optional(), showBrowser: z.boolean().optional() }),
  'audit:cancel': z.strictObject({ runId: id }),
  'audit:recheck': z.strictObject({ auditId: id, accountId: id, itemId: text(100) }),
  'audit:checkedByYou': z.strictObject({
    auditId: id, accountId: id, itemId: text(100), found: z.enum(SELF_CHECK_FINDINGS), note: z.string().max(2000).optional(),
  }),
  'audit:openSetting': z.strictObject({ auditId: id, accountId: id, itemId: text(100) }),
  'history:list': none,
  'history:get': z.strictObject({ auditId: id }),
  'history:answer': z.strictObject({
    auditId: id, accountId: z.union([id, z.literal(ALL_ACCOUNTS)]), itemId: text(100), answer: z.enum(ANSWERS), note: z.string().max(2000).optional(),
  }),
  'history:delete': z.strictObject({ auditId: id }),
  'history:compare': z.strictObject({ auditId: id }),
  'history:previousAnswers': z.strictObject({ auditId: id }),
  'report:json': z.strictObject({ auditId: id }),
  'report:saveJson': z.strictObject({ auditId: id }),
  'report:openLink': z.strictObject({ url: z.string().max(2000) }),
  'report:saveAppraisalDraft': z.strictObject({ auditId: id, draft: appraisalDraftSchema }),
  'report:exportAppraisal': z.strictObject({ auditId: id, format: z.enum(APPRAISAL_FORMATS) }),
  'report:previewAppraisal': z.strictObject({ auditId: id, draft: appraisalDraftSchema }),
  'settings:get': none,
  'settings:update': settingsSchema.partial(),
  'settings:browsers': none,
  'settings:status': none,
  'settings:deleteAllData': none,
  'settings:saveReminder': none,
  'policy:get': none,
  'policy:preview': none,
  'policy:save': z.strictObject({ draft: policyDraftSchema, complete: z.boolean() }),
  'policy:saveReminder': none,
  'policy:export': z.strictObject({ format: z.enum(POLICY_FORMATS) }),
} satisfies Record<Channel, z.ZodType>;
