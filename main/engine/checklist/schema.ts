/**
 * The YAML format of checklist files, checked with zod. Every object is strict: a misspelt field
 * is an error, never silently ignored. Cross-references (guidance ids, item id prefixes, hosts)
 * are checked after parsing, in cross-checks.ts.
 */
import { z } from 'zod';
import { ACCOUNT_KINDS, PLATFORM_IDS } from '../types.ts';
import { PROFESSIONS } from '../profile.ts';
import { CATEGORIES, PUBLISHER_KINDS, SEVERITIES, SOURCE_STATUSES } from './model.ts';

const MAX_QUOTE_WORDS = 40;

const text = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'must be lower-case letters, digits, dots and dashes');
const version = z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like "1.0.0"');

function isUrl(value: string, protocols: readonly string[]): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return protocols.includes(url.protocol) && url.hostname !== '';
}
export const httpsUrl = z.string().refine((v) => isUrl(v, ['https:']), 'must be an https:// address');
const webUrl = z.string().refine((v) => isUrl(v, ['https:', 'http:']), 'must be a web address (https:// or http://)');

const settingKey = z.string().min(1, 'must not be empty')
  .regex(/^[A-Za-z0-9_.-]+$/, 'must be a setting key such as "protected" or "identity.registered-name-shown"');
const settingValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const expectValues = z
  .union([settingValue, z.array(settingValue).min(1, 'must list at least one value')], {
    error: 'must be a value (text, number, true, false or null) or a list of values',
  })
  .transform((v) => (Array.isArray(v) ? v : [v]));

const settingCheck = z.object({ setting: settingKey, expect: expectValues }).strict();

// What each answer means for this question: the words the person chooses from. Not applicable is offered only when labelled.
const answerLabels = z.object({ yes: text, no: text, notApplicable: text.optional() }).strict();
const question = z.object({ text, goodAnswer: z.enum(['yes', 'no']), labels: answerLabels }).strict();

// Steps are numbered by the UI; a number in the text would show twice.
const step = text.refine((s) => !/^(?:step\s*\d+\b|\d+\s*[.):](?:\s|$))/i.test(s), 'steps are numbered by the app: remove the leading number');

const fix = z.object({
  url: httpsUrl.nullable().optional(),
  steps: z.array(step).min(1, 'must list at least one step'),
}).strict();

const condition = settingCheck.extend({ otherwise: text.optional() }).strict();

const appliesTo = z.array(z.enum(ACCOUNT_KINDS)).min(1, 'must list at least one account kind')
  .refine((kinds) => new Set(kinds).size === kinds.length, 'lists the same account kind twice');

export const itemSchema = z.object({
  id,
  title: text,
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  weight: z.number().positive('must be more than 0').optional(),
  appliesTo,
  check: settingCheck.optional(),
  question: question.optional(),
  when: z.union([condition, z.array(condition).min(1, 'must list at least one condition')])
    .transform((v) => (Array.isArray(v) ? v : [v])).optional(),
  privacyPractice: z.boolean().optional(),
  once: z.boolean().optional(),
  why: text,
  appliesGuidanceOn: text.optional(),
  guidance: z.array(id).optional(),
  fix,
  manualCheck: text,
}).strict().superRefine((item, ctx) => {
  if (item.check !== undefined && item.question !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['question'], message: 'an item has either a check or a question, not both' });
  } else if (item.check === undefined && item.question === undefined) {
    ctx.addIssue({ code: 'custom', path: [], message: 'an item needs a check (read automatically) or a question (asked)' });
  }
  if (item.once === true && item.question === undefined) {
    ctx.addIssue({ code: 'custom', path: ['once'], message: 'only a question can be asked once for the whole audit' });
  }
  if (item.privacyPractice !== true && (item.guidance ?? []).length === 0) {
    ctx.addIssue({ code: 'custom', path: ['guidance'], message: 'must cite at least one guidance reference (or be privacyPractice: true)' });
  }
});
export type RawItem = z.infer<typeof itemSchema>;

const items = z.array(itemSchema).min(1, 'must list at least one item');

export const platformFileSchema = z.object({
  version,
  platform: z.object({
    id: z.enum(PLATFORM_IDS),
    name: text,
    hosts: z.array(z.string().regex(/^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'must be a host like "x.com" or "*.x.com"')).min(1),
    settingsPages: z.array(z.object({ title: text, url: httpsUrl }).strict()).min(1),
  }).strict(),
  items,
}).strict();
export type RawPlatformFile = z.infer<typeof platformFileSchema>;

export const commonFileSchema = z.object({ version, items }).strict();
export type RawCommonFile = z.infer<typeof commonFileSchema>;

const edition = z.union([text, z.number()]).transform(String);
const day = z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'must be a date like "2026-12-03" (or "2026-12" when only the month is known)');

const publisher = z.object({
  id,
  name: text,
  short: text,
  kind: z.enum(PUBLISHER_KINDS),
  sites: z.array(z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'must be a host like "gmc-uk.org"')).min(1),
  professions: z.array(z.enum(PROFESSIONS)).min(1, 'must list at least one profession'),
  notIncluded: text.optional(),
}).strict();

const source = z.object({
  id,
  publisher: id,
  title: text,
  edition,
  status: z.enum(SOURCE_STATUSES),
  withdrawnOn: day.optional(),
  // Null where the text is known only from a secondary copy: no link is given then.
  url: httpsUrl.nullable(),
  note: text.optional(),
}).strict().superRefine((s, ctx) => {
  if (s.status === 'withdrawn' && s.withdrawnOn === undefined) {
    ctx.addIssue({ code: 'custom', path: ['withdrawnOn'], message: 'withdrawn guidance must say when it was withdrawn' });
  }
  if (s.status === 'current' && s.withdrawnOn !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['withdrawnOn'], message: 'current guidance has no withdrawnOn' });
  }
  if (s.url === null && s.note === undefined) {
    ctx.addIssue({ code: 'custom', path: ['note'], message: 'a source with no official address must say why in a note' });
  }
});

export const guidanceFileSchema = z.object({
  version,
  publishers: z.array(publisher).min(1),
  sources: z.array(source).min(1),
  references: z.array(z.object({
    id,
    source: id,
    // Null where the source has no numbers, or where the number could not be confirmed.
    paragraph: z.union([text, z.number()]).transform(String).nullable(),
    paragraphVerified: z.boolean(),
    quote: text.refine((q) => q.split(/\s+/).length <= MAX_QUOTE_WORDS, `must be ${MAX_QUOTE_WORDS} words or fewer`),
    // The publisher's own page for this passage, when it differs from the source's; null when the
    // passage was read only in a secondary copy (no link is given then).
    url: httpsUrl.nullable().optional(),
    // Where the wording (and number) was read, and when: the evidence for the quote.
    confirmedAt: webUrl,
    confirmedOn: day,
  }).strict()).min(1),
}).strict();
export type RawGuidanceFile = z.infer<typeof guidanceFileSchema>;
