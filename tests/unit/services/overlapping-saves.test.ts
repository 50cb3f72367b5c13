/**
 * Saves that overlap (two answers a few milliseconds apart, an answer and a draft, two accounts with
 * one label): each handler reads and changes the data inside the store's update queue, so every
 * save that replied "saved" is on disk afterwards.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confBackend } from '../../../main/engine/store/conf-backend.ts';
import { openStore } from '../../../main/engine/store/open-store.ts';
import type { AppraisalDraft, StoredAudit } from '../../../main/shared/api-contract.ts';
import { testEncryptor } from '../../fixtures/test-encryptor.ts';
import { personalAccount, rahmanProfile, sampleReport, tempDir } from '../store/store-fixtures.ts';
import { handlerHarness, scriptedEngine, type Harness } from './handler-fixtures.ts';

const AUDIT_ID = '2f0e1c1a-1111-4222-8333-444455556666';
const DRAFT: AppraisalDraft = {
  reflection: { what: 'I checked my X account.', soWhat: 'It was public.', nowWhat: 'I will check again.' },
  options: { showRegistrationNumber: false, showHandles: false, timeSpentMinutes: 30, declarationAccepted: true, appendix: false },
};

/** The sample audit with a second question, so two different answers can be given at once. */
function auditWithTwoQuestions(): StoredAudit {
  const report = sampleReport();
  const account = report.audit.accounts[0];
  const question = account?.items.find((item) => item.status === 'manual');
  if (account === undefined || question === undefined) throw new Error('the sample report has no question');
  account.items.push({ ...question, itemId: 'common.second-question' });
  return { id: AUDIT_ID, report, answers: [], rechecks: [] };
}

let folder: ReturnType<typeof tempDir>;
let keys: ReturnType<typeof testEncryptor>;
beforeEach(() => { folder = tempDir(); });
afterEach(() => { folder.remove(); });

async function harness(): Promise<Harness> {
  keys = testEncryptor();
  const app = await handlerHarness(folder.dir, scriptedEngine({}), { encryptor: keys });
  await app.store.update((d) => ({ ...d, profile: rahmanProfile, accounts: [personalAccount], history: [auditWithTwoQuestions()] }));
  return app;
}

/** What a fresh start of the app reads from the file: what is really on disk. */
async function onDisk(): Promise<StoredAudit | undefined> {
  const reopened = await openStore({ dir: folder.dir, createBackend: confBackend, encryptor: keys });
  return reopened.read().history.find((audit) => audit.id === AUDIT_ID);
}

const answer = (itemId: string, note: string): Record<string, string> => ({
  auditId: AUDIT_ID, accountId: personalAccount.id, itemId, answer: 'no', note,
});

describe('overlapping saves', () => {
  it('keeps both of two answers given at the same moment', async () => {
    const app = await harness();
    await Promise.all([
      app.call('history:answer', answer('common.patients', 'First answer')),
      app.call('history:answer', answer('common.second-question', 'Second answer')),
    ]);
    expect((await onDisk())?.answers.map((a) => a.note).sort()).toEqual(['First answer', 'Second answer']);
  });

  it('keeps an answer and an appraisal draft saved at the same moment', async () => {
    const app = await harness();
    await Promise.all([
      app.call('history:answer', answer('common.patients', 'Answered while typing the reflection')),
      app.call('report:saveAppraisalDraft', { auditId: AUDIT_ID, draft: DRAFT }),
    ]);
    const audit = await onDisk();
    expect(audit?.answers.map((a) => a.note)).toEqual(['Answered while typing the reflection']);
    expect(audit?.appraisal).toEqual(DRAFT);
  });

  it('replies with the audit as saved, including the other save that came first', async () => {
    const app = await harness();
    const [, second] = await Promise.all([
      app.call('report:saveAppraisalDraft', { auditId: AUDIT_ID, draft: DRAFT }),
      app.call('history:answer', answer('common.patients', 'After the draft')),
    ]) as [StoredAudit, StoredAudit];
    expect(second.appraisal).toEqual(DRAFT);
    expect(second.answers.map((a) => a.note)).toEqual(['After the draft']);
  });

  it('refuses an answer to an audit deleted just before it, rather than bringing the audit back', async () => {
    const app = await harness();
    const [deleted, answered] = await Promise.allSettled([
      app.call('history:delete', { auditId: AUDIT_ID }),
      app.call('history:answer', answer('common.patients', 'Too late')),
    ]);
    expect(deleted.status).toBe('fulfilled');
    expect(answered).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/not in your history/) as unknown } });
    expect(await onDisk()).toBeUndefined();
  });

  it('adds only one of two accounts given the same label at the same moment', async () => {
    const app = await harness();
    const results = await Promise.allSettled([
      app.call('accounts:add', { platform: 'x', label: 'Clinic X', kind: 'professional' }),
      app.call('accounts:add', { platform: 'instagram', label: 'clinic x', kind: 'professional' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { message: expect.stringMatching(/already have an account called/) as unknown } });
    const reopened = await openStore({ dir: folder.dir, createBackend: confBackend, encryptor: keys });
    expect(reopened.read().accounts.map((a) => a.label.toLowerCase()).filter((l) => l === 'clinic x')).toHaveLength(1);
  });
});
