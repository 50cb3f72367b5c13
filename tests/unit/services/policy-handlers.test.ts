/**
 * The social media policy's handlers (issue 15): answers kept while answering, refused as a policy
 * until every question is answered, written from the answers, the person's details and latest
 * audit, carried into the next review (an account added since has no answers yet), its review date
 * as a calendar file and the policy as Markdown through the save dialog.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPolicy, questionsFor } from '../../../main/engine/policy/load.ts';
import type { PolicyKind } from '../../../main/engine/policy/model.ts';
import { confBackend } from '../../../main/engine/store/conf-backend.ts';
import { openStore } from '../../../main/engine/store/open-store.ts';
import type { PolicyDocument, PolicyDraft, PolicyView, SavedReminder, StoredPolicy } from '../../../main/shared/api-contract.ts';
import { NOT_WRITTEN, POLICY_REMINDER_TITLE } from '../../../main/services/policy-handlers.ts';
import { testEncryptor, unavailableEncryptor } from '../../fixtures/test-encryptor.ts';
import { parseIcs, prop, unescapeText } from '../../support/ics-parse.ts';
import { auditWithAnswer, personalAccount, professionalAccount, rahmanProfile, tempDir } from '../store/store-fixtures.ts';
import { CHECKLIST_DIR, handlerHarness, scriptedEngine, type Harness } from './handler-fixtures.ts';

let folder: ReturnType<typeof tempDir>;
let app: Harness;
beforeEach(async () => {
  folder = tempDir();
  // The harness's clock: 25 November 2026, 14:00 UTC.
  app = await handlerHarness(folder.dir, scriptedEngine({}));
  await app.store.update((d) => ({ ...d, profile: rahmanProfile, accounts: [personalAccount, professionalAccount], history: [auditWithAnswer()] }));
});
afterEach(() => { folder.remove(); });

/** Every question of the kind answered with its first option (or words), for the accounts given. */
async function fullDraft(kind: PolicyKind, accountIds: string[]): Promise<PolicyDraft> {
  const { data } = await loadPolicy(CHECKLIST_DIR);
  const questions = questionsFor(data, kind);
  const answer = (id: string): string => {
    const q = questions.find((x) => x.id === id);
    return q?.type === 'choice' ? (q.options[0]?.id ?? '') : `words for ${id}`;
  };
  const policyWide = questions.filter((q) => !q.perAccount).map((q): [string, string] => [q.id, answer(q.id)]);
  const perAccount = questions.filter((q) => q.perAccount).map((q): [string, string] => [q.id, answer(q.id)]);
  return {
    kind, answers: Object.fromEntries(policyWide), reviewOn: '2027-11-25',
    accounts: accountIds.map((accountId) => ({ accountId, answers: Object.fromEntries(perAccount) })),
  };
}

const save = (draft: PolicyDraft, complete: boolean): Promise<StoredPolicy> => app.call('policy:save', { draft, complete }) as Promise<StoredPolicy>;

describe('the policy handlers', () => {
  it('gives the questions, the sections and the accounts, and no policy before one is started', async () => {
    const view = await app.call('policy:get') as PolicyView;
    expect(view.saved).toBeNull();
    expect(view.accounts.map((a) => a.label)).toEqual([personalAccount.label, professionalAccount.label]);
    expect(view.questions.map((q) => q.id)).toContain('organisation');
    expect(view.sections.map((s) => s.id)).toContain('review');
    await expect(app.call('policy:preview')).rejects.toThrow(NOT_WRITTEN);
  });

  it('keeps partial answers while answering, but writes no policy until every question is answered', async () => {
    const partial: PolicyDraft = { kind: 'personal', answers: { 'patients-cases': 'never', heated: '' }, accounts: [], reviewOn: '' };
    const kept = await save(partial, false);
    expect(kept).toMatchObject({ answers: { kind: 'personal', answers: { 'patients-cases': 'never' }, accounts: [] }, written: null, writtenOn: null });
    expect(kept.savedAt).toBe('2026-11-25T14:00:00.000Z');
    expect((await app.call('policy:get') as PolicyView).saved).toEqual(kept);

    const before = app.fileText();
    await expect(save(partial, true)).rejects.toThrow(/Your policy was not written: \d+ questions are not answered yet \(.*"Do you post photos taken at work\?" is not answered/);
    expect(app.fileText()).toBe(before);
    // Answers for only one of the two accounts: the other account's questions are still to answer.
    const oneAccount = await fullDraft('personal', [personalAccount.id]);
    await expect(save(oneAccount, true)).rejects.toThrow(`accounts[1] (${professionalAccount.label}): "Who is this account for?" is not answered`);
  });

  it('refuses answers that are not of a known shape, changing nothing', async () => {
    const before = app.fileText();
    const draft = await fullDraft('personal', [personalAccount.id]);
    await expect(app.call('policy:save', { draft: { ...draft, reviewOn: '3/12/2027' }, complete: false })).rejects.toThrow(/reviewOn must be a date written as 2027-12-03/);
    await expect(app.call('policy:save', { draft: { ...draft, extra: 1 }, complete: false })).rejects.toThrow(/was given something it cannot use/);
    await expect(save({ ...draft, accounts: [{ accountId: '11111111-2222-4333-8444-555555555555', answers: {} }] }, false))
      .rejects.toThrow('One of the accounts in your answers is no longer in Chaperone');
    expect(app.fileText()).toBe(before);
  });

  it('writes a practice policy from the answers, the details and the latest audit, and saves it as Markdown', async () => {
    const draft = await fullDraft('practice', [personalAccount.id, professionalAccount.id]);
    draft.answers.organisation = 'Leeds Road Surgery';
    draft.answers.appliesTo = 'all clinical and non-clinical staff';
    const written = await save(draft, true);
    expect(written).toMatchObject({ answers: null, writtenOn: '2026-11-25', written: { kind: 'practice', reviewOn: '2027-11-25' } });

    const policy = await app.call('policy:preview') as PolicyDocument;
    expect(policy).toMatchObject({
      kind: 'practice', title: 'Social media policy of Leeds Road Surgery', organisation: 'Leeds Road Surgery', appliesTo: 'all clinical and non-clinical staff',
      author: { name: rahmanProfile.registeredName, regulator: 'GMC' }, writtenOn: '2026-11-25', reviewOn: '2027-11-25',
    });
    // What the latest audit found, about the account it read; each account's clauses under its own name.
    expect(policy.findings?.sentences[0]).toMatch(new RegExp(`^${personalAccount.label} \\(X, personal\\)`));
    const clauses = policy.sections.flatMap((s) => s.clauses);
    expect(clauses.filter((c) => c.id === 'account-kind').map((c) => c.text)).toEqual([
      `${personalAccount.label} (X (Twitter)) is a personal account, for words for account-audience.`,
      `${professionalAccount.label} (Mastodon) is a professional account, for words for account-audience.`,
    ]);
    // Only the author's own regulator's guidance, or professional bodies' advice: never another regulator.
    expect(clauses.flatMap((c) => c.guidance.map((g) => g.publisherId)).filter((p) => ['nmc', 'hcpc', 'gphc', 'gdc'].includes(p))).toEqual([]);

    app.answerSaveDialog(`${folder.dir}/policy.md`);
    expect(await app.call('policy:export', { format: 'markdown' })).toEqual({ path: `${folder.dir}/policy.md` });
    const file = app.saved.at(-1);
    expect(file?.suggestedName).toBe('social-media-policy-2026-11-25.md');
    expect(file?.content).toContain('# Social media policy of Leeds Road Surgery');
    expect(file?.content).toContain('It applies to all clinical and non-clinical staff.');
    expect(file?.content).toContain('To be reviewed by 25 November 2027.');

    // Sealed as the appraisal is: the Markdown's last line, the DOCX's archive comment, the PDF after %%EOF.
    expect(file?.content).toMatch(/\nChaperone fingerprint: v1 generated=\S+ content=[0-9a-f]{64} file=[0-9a-f]{64}\n$/);
    app.answerSaveDialog(`${folder.dir}/policy.docx`);
    expect(await app.call('policy:export', { format: 'docx' })).toEqual({ path: `${folder.dir}/policy.docx` });
    const docx = app.saved.at(-1);
    expect(docx?.suggestedName).toBe('social-media-policy-2026-11-25.docx');
    const bytes = Buffer.from(docx?.bytes ?? new Uint8Array());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.toString('latin1')).toMatch(/Chaperone fingerprint: v1 generated=\S+ content=[0-9a-f]{64} file=[0-9a-f]{64}\s*$/);
    app.answerSaveDialog(`${folder.dir}/policy.pdf`);
    expect(await app.call('policy:export', { format: 'pdf' })).toEqual({ path: `${folder.dir}/policy.pdf` });
    expect(app.printed.at(-1)).toContain('Social media policy of Leeds Road Surgery');
    expect(Buffer.from(app.saved.at(-1)?.bytes ?? new Uint8Array()).toString('latin1')).toMatch(/\n%chaperone-seal v1 generated=\S+ content=[0-9a-f]{64} file=[0-9a-f]{64}\n$/);

    app.answerSaveDialog(null);
    expect(await app.call('policy:export', { format: 'markdown' })).toBeNull();
    await expect(app.call('policy:export', { format: 'rtf' })).rejects.toThrow(/was given something it cannot use/);
  });

  it('follows a renamed account and leaves out a removed one; carries the written answers into the next review', async () => {
    await save(await fullDraft('personal', [personalAccount.id, professionalAccount.id]), true);
    await app.store.update((d) => ({ ...d, accounts: [{ ...personalAccount, label: 'Renamed X' }] }));
    const policy = await app.call('policy:preview') as PolicyDocument;
    expect([...new Set(policy.sections.flatMap((s) => s.clauses).map((c) => c.account).filter((a) => a !== null))]).toEqual(['Renamed X']);

    // A new review: nothing answered in it yet, the written answers kept to offer again.
    const started = await save({ kind: 'personal', answers: {}, accounts: [], reviewOn: '' }, false);
    expect(started.answers).toEqual({ kind: 'personal', answers: {}, accounts: [], reviewOn: '' });
    expect(started.written?.answers['patients-cases']).toBe('never');
    expect(started.writtenOn).toBe('2026-11-25');
    // The policy written before is still the one shown and saved while the review is under way.
    expect((await app.call('policy:preview') as PolicyDocument).writtenOn).toBe('2026-11-25');
  });

  it('keeps the answers sealed with the other records, across a restart; a damaged policy record is set aside, never wiped', async () => {
    const key = testEncryptor();
    const dir = tempDir();
    try {
      const first = await handlerHarness(dir.dir, scriptedEngine({}), { encryptor: key });
      await first.store.update((d) => ({ ...d, profile: rahmanProfile, accounts: [personalAccount, professionalAccount] }));
      await first.call('policy:save', { draft: { kind: 'personal', answers: { heated: 'walk-away' }, accounts: [], reviewOn: '' }, complete: false });
      expect(first.fileText()).not.toContain('walk-away');
      const again = await openStore({ dir: dir.dir, createBackend: confBackend, encryptor: key });
      expect(again.read().policy?.answers?.answers).toEqual({ heated: 'walk-away' });

      // A plain file whose policy is not of the known shape: moved aside whole, and a fresh start.
      const plain = { schemaVersion: 2, settings: { browserPath: null, reminderMonths: 12 }, data: { profile: null, accounts: [], history: [], policy: { answers: 'nonsense' } } };
      writeFileSync(join(dir.dir, 'chaperone.json'), JSON.stringify(plain));
      const damaged = await openStore({ dir: dir.dir, createBackend: confBackend, encryptor: unavailableEncryptor('no keychain in the test') });
      expect(damaged.status.recovered?.reason).toMatch(/policy/);
      expect(readFileSync(damaged.status.recovered?.backupPath ?? '', 'utf8')).toContain('nonsense');
    } finally {
      dir.remove();
    }
  });

  it('puts the review date in a calendar file, or tomorrow when it has passed', async () => {
    await save(await fullDraft('personal', [personalAccount.id, professionalAccount.id]), true);
    const before = app.fileText();
    const saved = await app.call('policy:saveReminder') as SavedReminder;
    expect(saved).toEqual({ path: `${folder.dir}/saved-report.json`, day: '2027-11-25', overdue: false });
    const [event] = parseIcs(app.saved.at(-1)?.content ?? '').components;
    if (event === undefined) throw new Error('no event');
    expect(prop(event, 'DTSTART').value).toBe('20271125');
    expect(unescapeText(prop(event, 'SUMMARY').value)).toBe(POLICY_REMINDER_TITLE);
    expect(app.saved.at(-1)?.suggestedName).toBe('social-media-policy-review-2027-11-25.ics');
    expect(app.fileText()).toBe(before);

    await save({ ...await fullDraft('personal', [personalAccount.id, professionalAccount.id]), reviewOn: '2026-01-01' }, true);
    expect(await app.call('policy:saveReminder')).toMatchObject({ day: '2026-11-26', overdue: true });
  });
});
