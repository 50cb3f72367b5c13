/**
 * Audit reports built by the engine's own evaluation, named by what the user would see: an X
 * account whose settings read as given, a setting X's page no longer shows, a signed-out account.
 */
import { evaluateAccount } from '../../../main/engine/audit/evaluate.ts';
import { scoreItems } from '../../../main/shared/score.ts';
import type { ChecklistItem } from '../../../main/engine/checklist/model.ts';
import { toReport } from '../../../main/engine/report/json.ts';
import type { AuditReport } from '../../../main/engine/report/schema.ts';
import type { PlatformReadResult, SettingValue } from '../../../main/engine/types.ts';
import type { Account, StoredAudit } from '../../../main/shared/api-contract.ts';
import { checkItem, drRahman, observed, questionItem, testAuditGuidance } from '../../fixtures/checklist-fixtures.ts';

/** A setting the reader could not find on the page. */
export const UNREAD = Symbol('unread');
export const PAGE_CHANGED = 'X changed its settings page, so this setting could not be found.';

/** Protected posts on (pass when true), location off (pass when false), messages from anyone off, and a question. */
export const X_ITEMS: ChecklistItem[] = [
  checkItem('x.protected', 'protected', [true]),
  checkItem('x.location', 'location', [false]),
  checkItem('x.dm', 'dmFromAnyone', [false]),
  { ...checkItem('x.ads', 'personalisedAds', [false]), fix: { url: null, steps: ['Ask X by email to stop personalised ads.'] } },
  questionItem('common.patients'),
];

export const xAccount = (id: string, label: string): Account => ({
  id, platform: 'x', label, kind: 'personal', host: null, addedAt: '2026-01-01T09:00:00.000Z', lastSessionCheck: null,
});

export interface AccountRead {
  account: Account;
  values?: Record<string, SettingValue | typeof UNREAD>;
  /** The session as the reader found it; a session other than signed-in leaves every item unknown. */
  session?: PlatformReadResult['session'];
  items?: ChecklistItem[];
}

export function reportOf(startedAt: string, reads: AccountRead[]): AuditReport {
  const accounts = reads.map(({ account, values = {}, session = 'signed-in', items = X_ITEMS }) => {
    const spec = { id: account.id, platform: account.platform, label: account.label, kind: account.kind };
    const entries = Object.entries(values);
    const read: PlatformReadResult = {
      session,
      sessionDetail: session === 'signed-in' ? 'Signed in.' : 'X asked you to sign in again.',
      observations: entries.flatMap(([setting, value]) => (value === UNREAD ? [] : [{ ...observed(setting, value), readAt: startedAt }])),
      unread: entries.filter(([, value]) => value === UNREAD).map(([setting]) => ({ setting, reason: 'page-changed' as const, detail: PAGE_CHANGED })),
      identity: null, stranger: null,
    };
    const results = evaluateAccount(items, spec, 'X', read);
    return {
      account: spec, platformName: 'X', session: read.session, sessionDetail: read.sessionDetail, startedAt, finishedAt: startedAt,
      items: results, score: scoreItems(results), identity: null, stranger: null,
      requestsBlocked: { offHost: 0, hosts: [], resources: 0 }, error: null,
    };
  });
  return toReport({
    startedAt, finishedAt: startedAt, appVersion: '0.1.0', checklistVersion: 'test@1', guidance: testAuditGuidance, questions: [], cancelled: false, accounts,
    overall: scoreItems(accounts.flatMap((a) => a.items)),
  }, drRahman, new Date(startedAt));
}

export function storedAudit(id: string, report: AuditReport, rechecks: StoredAudit['rechecks'] = []): StoredAudit {
  return { id, report, answers: [], rechecks };
}
