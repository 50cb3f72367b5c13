/**
 * For the audit screens' tests: Dr Rahman's two X accounts audited against the real checklists by
 * the engine's own evaluation (the app itself is opened by audit-screen-app.ts).
 */
import { auditQuestions, evaluateAccount } from '../../main/engine/audit/evaluate.ts';
import type { AccountResult } from '../../main/engine/audit/model.ts';
import { scoreItems } from '../../main/shared/score.ts';
import { loadChecklists } from '../../main/engine/checklist/load.ts';
import { identityObservations } from '../../main/engine/identity/index.ts';
import { toReport } from '../../main/engine/report/json.ts';
import type { AuditReport } from '../../main/engine/report/schema.ts';
import type { Identity, PlatformReadResult, SettingValue, StrangerView } from '../../main/engine/types.ts';
import type { Account, StoredAudit } from '../../main/shared/api-contract.ts';
import { drRahman } from '../fixtures/checklist-fixtures.ts';
import { accountItems, auditGuidance, onceItems } from '../../main/engine/checklist/audience.ts';
import { CHECKLIST_DIR } from '../unit/services/handler-fixtures.ts';

export const AUDIT_ID = '5b1d6c2e-8f3a-4b7c-9d0e-1f2a3b4c5d6e';
export const AUDIT_AT = '2026-11-25T10:00:00.000Z';

const xAccount = (id: string, label: string, kind: Account['kind']): Account => ({
  id, platform: 'x', label, kind, host: null, addedAt: '2026-11-20T09:00:00.000Z',
  lastSessionCheck: { at: AUDIT_AT, state: 'signed-in', detail: 'Signed in.' },
});
export const PERSONAL = xAccount('6f1c0b8e-3d7a-4c55-9a4e-1b2c3d4e5f60', 'Family and friends X', 'personal');
export const WORK = xAccount('0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d', 'Clinic updates X', 'professional');

/** A setting X's page no longer showed. */
export const UNREAD = Symbol('unread');
export const PAGE_CHANGED = 'X has changed its settings page, so Chaperone could not find this setting.';

/** Personal X as first read: posts public and location on (two fails), the phone setting unreadable. */
export const PERSONAL_SETTINGS: Record<string, SettingValue | typeof UNREAD> = {
  protected: false, allow_media_tagging: 'following', discoverable_by_email: false, discoverable_by_mobile_phone: UNREAD,
  address_book_live_sync_enabled: false, geo_enabled: true, allow_dms_from: 'following',
  allow_location_history_personalization: false, allow_ads_personalization: false,
  allow_logged_out_device_personalization: false, allow_sharing_data_for_third_party_personalization: false,
};

export const HOSTILE = '<img src=x onerror="window.__pwned=1"><b>bold</b>';

const identity = (hostile: boolean): Identity => ({
  displayName: hostile ? `Dr Amina Rahman ${HOSTILE}` : 'Dr Amina Rahman', handle: 'amina_rahman',
  bio: hostile ? `Cardiology registrar ${HOSTILE}` : 'Cardiology registrar. Views my own.',
  workplace: null, unreadFields: [], source: 'json-endpoint', evidence: 'UserByScreenName',
});

const stranger = (hostile: boolean): StrangerView => ({
  url: 'https://x.com/amina_rahman', checked: true, loginWall: false, profileVisible: true,
  name: identity(hostile).displayName, bio: identity(hostile).bio, location: hostile ? `Leeds ${HOSTILE}` : 'Leeds',
  workplace: hostile ? `Leeds Teaching Hospitals ${HOSTILE}` : 'Leeds Teaching Hospitals', connectionsVisible: true,
  postsVisible: null, postsProtected: false,
  notes: [hostile ? `Your name and bio are visible to anyone ${HOSTILE}` : 'Your name and bio are visible to anyone.'],
});

export interface XRead {
  account: Account;
  values?: Record<string, SettingValue | typeof UNREAD>;
  session?: PlatformReadResult['session'];
  hostile?: boolean;
}

/** One X account read as given and judged by the real checklists. */
async function accountResult({ account, values = {}, session = 'signed-in', hostile = false }: XRead, at: string): Promise<AccountResult> {
  const checklists = await loadChecklists(CHECKLIST_DIR);
  const platform = checklists.platforms.find((p) => p.platform.id === 'x');
  if (platform === undefined) throw new Error('The X checklist is missing.');
  const spec = { id: account.id, platform: account.platform, label: account.label, kind: account.kind };
  const signedIn = session === 'signed-in';
  const entries = Object.entries(values);
  const read: PlatformReadResult = {
    session,
    sessionDetail: signedIn ? 'Signed in.' : `X showed its sign-in page instead of your settings.${hostile ? ` ${HOSTILE}` : ''}`,
    observations: [
      ...entries.flatMap(([setting, value]) => (value === UNREAD ? [] : [{ setting, value, source: 'json-endpoint' as const, evidence: `settings.json ${setting}`, readAt: at }])),
      ...(signedIn ? identityObservations(identity(hostile), drRahman, at) : []),
    ],
    unread: entries.filter(([, value]) => value === UNREAD).map(([setting]) => ({ setting, reason: 'page-changed' as const, detail: PAGE_CHANGED })),
    identity: signedIn ? identity(hostile) : null,
    stranger: signedIn ? stranger(hostile) : null,
  };
  const items = evaluateAccount(accountItems(checklists, platform.items, drRahman), spec, platform.platform.name, read);
  return {
    account: spec, platformName: platform.platform.name, session: read.session, sessionDetail: read.sessionDetail,
    startedAt: at, finishedAt: at, items, score: scoreItems(items), identity: read.identity, stranger: read.stranger,
    requestsBlocked: { offHost: 0, hosts: [], resources: 0 }, error: null,
  };
}

export async function xReport(reads: XRead[], { at = AUDIT_AT, cancelled = false } = {}): Promise<AuditReport> {
  const accounts = await Promise.all(reads.map((read) => accountResult(read, at)));
  const checklists = await loadChecklists(CHECKLIST_DIR);
  const questions = auditQuestions(onceItems(checklists, drRahman));
  return toReport({
    startedAt: at, finishedAt: at, appVersion: '0.1.0', checklistVersion: checklists.version, guidance: auditGuidance(checklists, drRahman), questions, cancelled, accounts,
    overall: scoreItems([...accounts.flatMap((a) => a.items), ...questions]),
  }, drRahman, new Date(at));
}

/** Personal X read (two fails, one unreadable, a stranger view) and the work account signed out. */
export async function richReport({ hostile = false, cancelled = false } = {}): Promise<AuditReport> {
  return xReport([
    { account: PERSONAL, values: PERSONAL_SETTINGS, hostile },
    { account: WORK, session: 'signed-out', hostile },
  ], { cancelled });
}

export async function richAudit(options: { hostile?: boolean; cancelled?: boolean } = {}): Promise<StoredAudit> {
  return { id: AUDIT_ID, report: await richReport(options), answers: [], rechecks: [] };
}
