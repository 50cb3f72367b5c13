/** Named records and files for the store tests: Dr Rahman, her accounts, one audit, a v1 file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateAccount } from '../../../main/engine/audit/evaluate.ts';
import { scoreItems } from '../../../main/shared/score.ts';
import { toReport } from '../../../main/engine/report/json.ts';
import type { AuditReport } from '../../../main/engine/report/schema.ts';
import type { V1Document } from '../../../main/engine/store/migrations.ts';
import type { Account, ManualAnswer, Profile, StoreData, StoredAudit } from '../../../main/engine/store/model.ts';
import { checkItem, drRahman, observed, questionItem, signedInRead, testAuditGuidance } from '../../fixtures/checklist-fixtures.ts';

/** Text that must never be readable in the file when encryption is available. */
export const SECRETS = {
  registeredName: drRahman.registeredName,
  registrationNumber: '7654321',
  personalLabel: 'Family and friends X',
  professionalLabel: 'Clinic updates',
  reportBio: 'Consultant cardiologist at St Elsewhere',
  answerNote: 'Checked with my practice manager',
};

export const rahmanProfile: Profile = { ...drRahman, registrationNumber: SECRETS.registrationNumber };

export const personalAccount: Account = {
  id: '6f1c0b8e-3d7a-4c55-9a4e-1b2c3d4e5f60', platform: 'x', label: SECRETS.personalLabel, kind: 'personal',
  host: null, addedAt: '2026-11-20T09:00:00.000Z',
  lastSessionCheck: { at: '2026-11-25T10:00:00.000Z', state: 'signed-in', detail: 'Signed in.' },
};

export const professionalAccount: Account = {
  id: '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d', platform: 'mastodon', label: SECRETS.professionalLabel, kind: 'professional',
  host: 'mastodon.social', addedAt: '2026-11-21T09:00:00.000Z', lastSessionCheck: null,
};

/** A real report of one X account, built by the engine's own evaluation and report code. */
export function sampleReport(startedAt = '2026-11-25T10:00:00.000Z'): AuditReport {
  const spec = { id: personalAccount.id, platform: personalAccount.platform, label: personalAccount.label, kind: personalAccount.kind };
  const items = evaluateAccount(
    [checkItem('x.protected', 'protected', [true]), questionItem('common.patients')], spec, 'X',
    signedInRead([{ ...observed('protected', false), readAt: startedAt }], {
      identity: { displayName: 'Dr Amina', handle: 'amina', bio: SECRETS.reportBio, workplace: null, unreadFields: [], source: 'json-endpoint', evidence: 'UserByScreenName' },
    }),
  );
  const score = scoreItems(items);
  const account = {
    account: spec, platformName: 'X', session: 'signed-in' as const, sessionDetail: 'Signed in.', startedAt, finishedAt: startedAt,
    items, score, identity: null, stranger: null, requestsBlocked: { offHost: 0, hosts: [], resources: 0 }, error: null,
  };
  return toReport({
    startedAt, finishedAt: startedAt, appVersion: '0.1.0', checklistVersion: 'test@1', guidance: testAuditGuidance, questions: [], cancelled: false, accounts: [account], overall: score,
  }, drRahman, new Date(startedAt));
}

export function patientsAnswer(): ManualAnswer {
  return { accountId: personalAccount.id, itemId: 'common.patients', answer: 'no', note: SECRETS.answerNote, answeredAt: '2026-11-25T10:05:00.000Z' };
}

export function auditWithAnswer(id = 'c3d4e5f6-a7b8-4c9d-8e0f-112233445566'): StoredAudit {
  return { id, report: sampleReport(), answers: [patientsAnswer()], rechecks: [] };
}

/** The change a user makes over a first session: profile, two accounts, one audit, a setting. */
export function firstSession(data: StoreData): StoreData {
  return {
    profile: rahmanProfile, accounts: [personalAccount, professionalAccount], history: [auditWithAnswer()],
    settings: { ...data.settings, reminderMonths: 6 },
  };
}

/** The first development layout: plain, answers at the top level, accounts without host or session check. */
export function v1Document(): V1Document {
  const audit = auditWithAnswer();
  const { id, platform, label, kind, addedAt } = personalAccount;
  return {
    schemaVersion: 1,
    settings: { browserPath: '/usr/bin/chromium', reminderMonths: 12 },
    profile: rahmanProfile,
    accounts: [{ id, platform, label, kind, addedAt }],
    history: [{ id: audit.id, report: audit.report }, { id: 'older-audit', report: sampleReport('2026-05-01T09:00:00.000Z') }],
    answers: { [audit.id]: audit.answers, 'deleted-audit': [patientsAnswer()] },
  };
}

/** A fresh folder per test, removed afterwards. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'chaperone-store-'));
  return { dir, remove: () => { rmSync(dir, { recursive: true, force: true }); } };
}
