/**
 * Holds what a reader observed against checklist items. The only place a status is decided.
 * A pass needs an observation from this run, on a signed-in session, whose value is one the
 * checklist accepts. Everything else is fail, unknown, manual or not-applicable.
 */
import type { AudienceItem } from '../checklist/audience.ts';
import type { ChecklistItem } from '../checklist/model.ts';
import type { AccountSpec, Observation, PlatformReadResult, SessionState, SettingValue, UnreadReason } from '../types.ts';
import { ALL_SETTINGS, OBSERVATION_SOURCES } from '../types.ts';
import type { ItemResult } from './model.ts';
import { unreadAdvice, unreadExplanation } from './unread-text.ts';

const SESSION_REASON: Partial<Record<SessionState, UnreadReason>> = {
  'signed-out': 'signed-out',
  challenge: 'challenge',
  'rate-limited': 'rate-limited',
  blocked: 'blocked',
  'automation-blocked': 'automation-blocked',
};

type Lookup =
  | { found: true; observation: Observation }
  | { found: false; reason: UnreadReason; detail: string };

export function evaluateAccount(
  items: readonly (ChecklistItem | AudienceItem)[],
  account: AccountSpec,
  platformName: string,
  read: PlatformReadResult,
): ItemResult[] {
  const lookup = settingLookup(read);
  return items.map((item) => evaluateItem(item, account, platformName, lookup));
}

function settingLookup(read: PlatformReadResult): (setting: string) => Lookup {
  const sessionReason = SESSION_REASON[read.session];
  return (setting) => {
    if (sessionReason !== undefined) {
      return { found: false, reason: sessionReason, detail: read.sessionDetail };
    }
    const observation = mostRobust(read.observations.filter((o) => o.setting === setting));
    if (observation !== undefined && read.session === 'signed-in') return { found: true, observation };
    const unread = read.unread.find((u) => u.setting === setting) ?? read.unread.find((u) => u.setting === ALL_SETTINGS);
    if (unread !== undefined) return { found: false, reason: unread.reason, detail: unread.detail };
    if (read.session !== 'signed-in') return { found: false, reason: 'not-read', detail: read.sessionDetail };
    return { found: false, reason: 'not-read', detail: '' };
  };
}

/** Questions asked once for the whole audit (checklist `once: true`): each is for the person to answer. */
export function auditQuestions(items: readonly AudienceItem[]): ItemResult[] {
  return items.filter((item) => item.once && item.question !== null)
    .map((item) => ({ ...baseResult(item), status: 'manual', question: item.question?.text ?? null }));
}

/** An item's result before anything is decided: what the checklist says of it. */
function baseResult(item: ChecklistItem | AudienceItem): ItemResult {
  return {
    itemId: item.id, title: item.title, category: item.category, severity: item.severity, weight: item.weight,
    status: 'unknown', group: groupOf(item), setting: item.check?.setting ?? null, expected: item.check?.expect ?? null, observed: null,
    reason: null, unreadReason: null, manualCheck: null, question: null, goodAnswer: item.question?.goodAnswer ?? null,
    answerLabels: item.question?.labels ?? null,
    why: item.why, guidance: item.guidance, fix: item.fix,
  };
}

/** An item not yet fitted to a user (itemsFor) keeps the group its checklist declares. */
function groupOf(item: ChecklistItem | AudienceItem): ItemResult['group'] {
  if ('group' in item) return item.group;
  return item.privacyPractice ? 'privacy-practice' : 'professional';
}

function mostRobust(observations: Observation[]): Observation | undefined {
  return [...observations].sort(
    (a, b) => OBSERVATION_SOURCES.indexOf(a.source) - OBSERVATION_SOURCES.indexOf(b.source),
  )[0];
}

function evaluateItem(
  item: ChecklistItem | AudienceItem,
  account: AccountSpec,
  platformName: string,
  lookup: (setting: string) => Lookup,
): ItemResult {
  const base = baseResult(item);
  if (!item.appliesTo.includes(account.kind)) {
    return { ...base, status: 'not-applicable', reason: `Applies to ${item.appliesTo.join(' and ')} accounts only.` };
  }
  for (const when of item.when) {
    const condition = lookup(when.setting);
    // A question is still asked when its condition could not be read: the person can answer it.
    if (!condition.found && item.question !== null) continue;
    if (!condition.found) return unknown(base, item, platformName, condition);
    if (!matches(condition.observation.value, when.expect)) {
      return { ...base, status: 'not-applicable', reason: when.otherwise ?? 'Does not apply to this account as things stand.' };
    }
  }
  if (item.question !== null) return { ...base, status: 'manual', question: item.question.text };
  if (item.check === null) throw new Error(`Checklist item ${item.id} has neither a check nor a question.`);
  const setting = lookup(item.check.setting);
  if (!setting.found) return unknown(base, item, platformName, setting);
  const { value, source, evidence, readAt } = setting.observation;
  return {
    ...base,
    status: matches(value, item.check.expect) ? 'pass' : 'fail',
    observed: { value, source, evidence, readAt },
  };
}

function unknown(
  base: ItemResult,
  item: ChecklistItem,
  platformName: string,
  miss: { reason: UnreadReason; detail: string },
): ItemResult {
  // The reader's own words say best what happened; the advice says what to do about it.
  const happened = miss.detail.trim() === '' ? unreadExplanation(miss.reason, platformName) : miss.detail.trim();
  const reason = [happened, unreadAdvice(miss.reason)].filter((part) => part !== '').join(' ');
  return { ...base, status: 'unknown', unreadReason: miss.reason, reason, manualCheck: item.manualCheck };
}

function matches(value: SettingValue, expected: readonly SettingValue[]): boolean {
  return expected.some((e) => e === value);
}
