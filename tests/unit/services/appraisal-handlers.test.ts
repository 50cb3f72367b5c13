/**
 * The appraisal summary through the API: the draft is kept with the audit, the export is refused
 * until the declaration is ticked, and each format is built from the stored draft, sealed and saved
 * through the save dialog (the PDF printer is a stand-in here; the real one is tested in the app).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppraisalSummary } from '../../../main/engine/appraisal/model.ts';
import { verifyBytes } from '../../../main/engine/appraisal/verify.ts';
import type { AppraisalDraft, AppraisalPreview, StoredAudit } from '../../../main/shared/api-contract.ts';
import { auditWithAnswer, personalAccount, rahmanProfile, sampleReport, SECRETS, tempDir } from '../store/store-fixtures.ts';
import { handlerHarness, savedBytes, scriptedEngine, type Harness, type HarnessOptions, type SavedFile } from './handler-fixtures.ts';

const AUDIT = auditWithAnswer();
const EARLIER: StoredAudit = { id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', report: sampleReport('2026-05-01T09:00:00.000Z'), answers: [], rechecks: [] };
const DRAFT: AppraisalDraft = {
  reflection: { what: 'I checked my X account and found it public.', soWhat: 'Patients could see my family posts.', nowWhat: 'I will check again in six months.' },
  options: { showRegistrationNumber: false, showHandles: false, timeSpentMinutes: 45, declarationAccepted: true, appendix: false },
};

let folder: ReturnType<typeof tempDir>;
beforeEach(() => { folder = tempDir(); });
afterEach(() => { folder.remove(); });

async function harness(history: StoredAudit[] = [AUDIT], options: HarnessOptions = {}): Promise<Harness> {
  const app = await handlerHarness(folder.dir, scriptedEngine({}), options);
  await app.store.update((d) => ({ ...d, profile: rahmanProfile, accounts: [personalAccount], history, settings: { ...d.settings, reminderMonths: 6 } }));
  return app;
}

const withDraft = (draft: AppraisalDraft): StoredAudit => ({ ...AUDIT, appraisal: draft });
const lastSaved = (app: Harness): SavedFile => {
  const saved = app.saved.at(-1);
  if (saved === undefined) throw new Error('nothing was saved');
  return saved;
};
const summaryOf = (app: Harness): AppraisalSummary => (JSON.parse(lastSaved(app).content) as { summary: AppraisalSummary }).summary;

describe('the preview before saving', () => {
  it('gives the short text made from the draft on the screen, and what is still open, saving nothing', async () => {
    const app = await harness();
    const before = app.fileText();
    const preview = await app.call('report:previewAppraisal', { auditId: AUDIT.id, draft: DRAFT }) as AppraisalPreview;
    expect(preview.text).toContain(`So what? ${DRAFT.reflection.soWhat}`);
    expect(preview.text).toContain('Amina Rahman');
    expect(preview.text.length).toBeLessThan(3000);
    // X was not protected and the question about patients is answered.
    expect(preview).toMatchObject({ needsFixing: 1, couldNotCheck: 0, questionsUnanswered: 0 });
    expect(app.fileText()).toBe(before);
    expect(app.saved).toEqual([]);
  });

  it('reads a draft saved before the appendix choice existed as "no appendix"', async () => {
    const app = await harness();
    const old: Record<string, unknown> = { ...DRAFT.options };
    delete old.appendix;
    const updated = await app.call('report:saveAppraisalDraft', { auditId: AUDIT.id, draft: { ...DRAFT, options: old } }) as StoredAudit;
    expect(updated.appraisal?.options.appendix).toBe(false);
  });

  it('saves the full text and the PDF with its appendix only when the draft asks for it', async () => {
    const app = await harness([withDraft({ ...DRAFT, options: { ...DRAFT.options, appendix: true } })]);
    await app.call('report:exportAppraisal', { auditId: AUDIT.id, format: 'text' });
    expect(lastSaved(app).content).toContain('FINDINGS');
    await app.call('report:exportAppraisal', { auditId: AUDIT.id, format: 'pdf' });
    expect(app.printed.at(-1)).toContain('Appendix: every item checked');
    const plain = await harness([withDraft(DRAFT)]);
    await plain.call('report:exportAppraisal', { auditId: AUDIT.id, format: 'text' });
    expect(lastSaved(plain).content).not.toContain('FINDINGS');
    await plain.call('report:exportAppraisal', { auditId: AUDIT.id, format: 'pdf' });
    expect(plain.printed.at(-1)).not.toContain('Appendix: every item checked');
  });
});

describe('the appraisal draft', () => {
  it('is kept with the audit and read back with it', async () => {
    const app = await harness();
    const updated = await app.call('report:saveAppraisalDraft', { auditId: AUDIT.id, draft: DRAFT }) as StoredAudit;
    expect(updated.appraisal).toEqual(DRAFT);
    expect((await app.call('history:get', { auditId: AUDIT.id }) as StoredAudit).appraisal).toEqual(DRAFT);
    expect(app.fileText()).not.toContain('family posts');
  });

  it('refuses a draft over the limits and changes nothing', async () => {
    const app = await harness();
    const before = app.fileText();
    const bad: unknown[] = [
      { ...DRAFT, reflection: { ...DRAFT.reflection, soWhat: 'x'.repeat(5001) } },
      { ...DRAFT, options: { ...DRAFT.options, timeSpentMinutes: 0 } },
      { ...DRAFT, options: { ...DRAFT.options, timeSpentMinutes: 6001 } },
      { ...DRAFT, options: { ...DRAFT.options, timeSpentMinutes: 12.5 } },
      { ...DRAFT, options: { ...DRAFT.options, reauditMonths: 3 } },
    ];
    for (const draft of bad) {
      await expect(app.call('report:saveAppraisalDraft', { auditId: AUDIT.id, draft })).rejects.toThrow(/cannot use: draft\./);
    }
    await expect(app.call('report:exportAppraisal', { auditId: AUDIT.id, format: 'docx' })).rejects.toThrow(/cannot use: format/);
    expect(app.fileText()).toBe(before);
  });
});

describe('exporting the appraisal summary', () => {
  it('is refused until the declaration is ticked, and nothing is printed or saved', async () => {
    for (const history of [[AUDIT], [withDraft({ ...DRAFT, options: { ...DRAFT.options, declarationAccepted: false } })]]) {
      const app = await harness(history);
      await expect(app.call('report:exportAppraisal', { auditId: AUDIT.id, format: 'pdf' })).rejects.toThrow(/^Tick the declaration first: /);
      expect(app.saved).toEqual([]);
      expect(app.printed).toEqual([]);
    }
  });

  it('saves sealed plain text with the reflection, named by the audit date, without the registration number', async () => {
    const app = await harness([withDraft(DRAFT)]);
    const path = `${folder.dir}/saved-report.json`;
    expect(await app.call('report:exportAppraisal', { auditId: AUDIT.id, format: 'text' })).toEqual({ path });
    const saved = lastSaved(app);
    expect(saved.suggestedName).toBe('chaperone-appraisal-2026-11-25.txt');
    expect(saved.content).toContain(DRAFT.reflection.soWhat);
    expect(saved.content).not.toContain(SECRETS.registrationNumber);
    expect(verifyBytes(savedBytes(saved))).toMatchObject({ ok: true, kind: 'text' });
  });

  it('saves sealed JSON of the summary, with the re-audit interval from the settings and the first-audit note, and no handle', async () => {
    const app = await harness([withDraft({ ...DRAFT, options: { ...DRAFT.options, showRegistrationNumber: true } })]);
    await app.call('report:exportAppraisal', { auditId: AUDIT.id, format: 'json' });
    const saved = lastSaved(app);
    expect(saved.suggestedName).toBe('chaperone-appraisal-2026-11-25.json');
    expect(verifyBytes(savedBytes(saved))).toMatchObject({ ok: true, kind: 'json' });
    const { summary, report } = JSON.parse(saved.content) as { summary: AppraisalSummary; report?: unknown };
    // The full report names the account's handle, so it goes only when the user chose to show handles.
    expect(report).toBeUndefined();
    expect(summary.scope.accounts.map((a) => a.handle)).toEqual(summary.scope.accounts.map(() => null));
    expect(saved.content).not.toMatch(/\bamina\b/); // the account's handle in the sample report
    expect(summary.header.registrationNumber).toBe(SECRETS.registrationNumber);
    expect(summary.reflection).toEqual(DRAFT.reflection);
    expect(summary.reauditDate.slice(0, 7)).toBe('2027-05');
    expect(summary.comparison).toEqual({ first: true });
    expect(summary.generatedAt).toBe('2026-11-25T14:00:00.000Z');
  });

  it('compares with the audit that started before this one', async () => {
    const app = await harness([EARLIER, withDraft(DRAFT)]);
    await app.call('report:exportAppraisal', { auditId: AUDIT.id, format: 'json' });
    expect(summaryOf(app).comparison).toMatchObject({ first: false, comparison: { previous: { id: EARLIER.id } } });
  });

  it('prints the summary HTML to PDF and seals the PDF', async () => {
    const app = await harness([withDraft(DRAFT)]);
    await app.call('report:exportAppraisal', { auditId: AUDIT.id, format: 'pdf' });
    expect(app.printed).toHaveLength(1);
    expect(app.printed[0]).toContain(DRAFT.reflection.nowWhat);
    const saved = lastSaved(app);
    expect(saved.suggestedName).toBe('chaperone-appraisal-2026-11-25.pdf');
    expect(saved.content).toMatch(/^%PDF-1\.7[\s\S]*%%EOF\n%chaperone-seal v1 /);
    expect(verifyBytes(savedBytes(saved))).toMatchObject({ ok: true, kind: 'pdf' });
  });

  it('saves nothing when printing fails or the user cancels', async () => {
    const failing = await harness([withDraft(DRAFT)], { renderPdf: () => Promise.reject(new Error('The PDF could not be made.')) });
    await expect(failing.call('report:exportAppraisal', { auditId: AUDIT.id, format: 'pdf' })).rejects.toThrow('The PDF could not be made.');
    expect(failing.saved).toEqual([]);

    const cancelling = await harness([withDraft(DRAFT)]);
    cancelling.answerSaveDialog(null);
    expect(await cancelling.call('report:exportAppraisal', { auditId: AUDIT.id, format: 'text' })).toBeNull();
    expect(cancelling.saved).toEqual([]);
  });
});
