/**
 * The demo audit (renderer/example/demo-audit.json) as input to the appraisal summary, plus named
 * variants: an earlier audit to compare with, re-checks and answers, and secrets planted where a
 * careless export would copy them from.
 */
import { readFileSync } from 'node:fs';
import type { AppraisalInput, AppraisalOptions } from '../../../main/engine/appraisal/model.ts';
import type { ItemStatus } from '../../../main/engine/audit/model.ts';
import type { StoredAudit } from '../../../main/shared/api-contract.ts';

const FILE = new URL('../../../renderer/example/demo-audit.json', import.meta.url);

export const DATA_DIR = '/home/amina/.config/Chaperone';
export const HANDLES = ['amina_runs', 'DrAminaRahmanGP', 'amina.rahman.leeds', 'amina.outdoors', 'amina.outdoors', 'dr-amina-rahman-gp'];
export const REGISTRATION = '7654321';

export function demoAudit(): StoredAudit {
  return JSON.parse(readFileSync(FILE, 'utf8')) as StoredAudit;
}

/** Sets an item's status as the audit found it. */
export function withStatus(audit: StoredAudit, accountId: string, itemId: string, status: ItemStatus): StoredAudit {
  const copy = structuredClone(audit);
  const item = copy.report.audit.accounts.find((a) => a.account.id === accountId)?.items.find((i) => i.itemId === itemId);
  if (item === undefined) throw new Error(`no item ${accountId} ${itemId}`);
  item.status = status;
  return copy;
}

/** The audit six months earlier: posts were protected then (a regression now), phone lookup was on (an improvement now). */
export function previousAudit(): StoredAudit {
  let audit = withStatus(demoAudit(), 'personal-x', 'x.posts-protected', 'pass');
  audit = withStatus(audit, 'personal-x', 'x.not-findable-by-phone', 'fail');
  audit.id = 'earlier-audit';
  audit.report.audit.startedAt = '2026-05-01T09:00:00.000Z';
  audit.report.audit.finishedAt = '2026-05-01T09:00:08.000Z';
  return audit;
}

/** The demo audit after the user fixed one setting and answered one question. */
export function auditWithFollowUp(): StoredAudit {
  const audit = demoAudit();
  audit.rechecks.push({ accountId: 'personal-x', itemId: 'x.posts-protected', at: '2026-11-26T10:00:00.000Z', status: 'pass', observed: 'true', reason: null });
  audit.answers.push({ accountId: 'personal-x', itemId: 'common.no-patients-connected', answer: 'no', note: 'Removed two old contacts.', answeredAt: '2026-11-26T10:05:00.000Z' });
  return audit;
}

/** Secrets and personal details placed in every field an export must not copy. */
export function auditWithSecrets(): StoredAudit {
  const audit = demoAudit();
  for (const account of audit.report.audit.accounts) {
    account.sessionDetail = `Signed in as @${account.identity?.handle ?? ''} using ${DATA_DIR}/profiles/${account.account.id}`;
    account.error = null;
    account.requestsBlocked.hosts = ['ads.example.net'];
    for (const item of account.items) {
      if (item.observed !== null) item.observed.evidence = 'cookie auth_token=abc123; ct0=def456';
    }
    if (account.stranger !== null) account.stranger.notes.push(`Seen at ${DATA_DIR}/profiles/x`);
  }
  return audit;
}

export const DEFAULT_OPTIONS: AppraisalOptions = {
  showRegistrationNumber: false, showHandles: false, timeSpentMinutes: 90, declarationAccepted: true, reauditMonths: 12, appendix: false,
};

export function input(overrides: Partial<AppraisalInput> = {}, options: Partial<AppraisalOptions> = {}): AppraisalInput {
  return {
    audit: demoAudit(),
    previous: null,
    profile: { registeredName: 'Amina Rahman', profession: 'doctor', regulator: 'GMC', registrationNumber: REGISTRATION },
    reflection: { what: 'I checked my two X accounts against GMC guidance.', soWhat: 'Patients could find my personal posts.', nowWhat: 'I protected my posts and will re-audit in a year.' },
    appVersion: '0.1.0',
    generatedAt: new Date('2026-11-27T08:30:00.000Z'),
    ...overrides,
    options: { ...DEFAULT_OPTIONS, ...options },
  };
}

/** A registered name at the longest the profile form takes (120 characters), with long words. */
export const LONG_NAME = 'Dr Anastasia-Wilhelmina Featherstonehaugh-Cholmondeley Marjoribanks-Auchinleck Llewellyn-Fitzwilliam de Montmorency-Vane';
/** A reflection of a few sentences per part, as a busy clinician writes one (about 700 characters). */
export const TYPICAL_REFLECTION = {
  what: 'I audited my six social media accounts against my regulator\'s guidance. Several personal accounts were public, and two let people find me by my phone number.',
  soWhat: 'Patients could find my personal posts and family photos. That blurs the boundary my guidance asks me to keep, and could affect their trust in me.',
  nowWhat: 'I made my personal accounts private and turned off look-up by phone and email. I will check the rest by the target dates and audit again next year.',
};

/**
 * The worst case for a two-page summary: the longest name, twelve accounts with 60-character labels
 * (two of them could not be read), most items still to fix, ten fixed and checked again, and the
 * questions unanswered.
 */
export function worstCaseAudit(): StoredAudit {
  const audit = demoAudit();
  audit.report.profile.registeredName = LONG_NAME;
  const base = audit.report.audit.accounts;
  audit.report.audit.accounts = [...base, ...structuredClone(base)].map((account, n) => {
    const copy = structuredClone(account);
    copy.account.id = `${account.account.id}-${String(n)}`;
    copy.account.label = `${String(n + 1)} ${'Extraordinarily long account label for a practice page'.slice(0, 56)}`.padEnd(60, 'x');
    for (const item of copy.items) if (item.status === 'pass') item.status = 'fail';
    return copy;
  });
  for (const account of audit.report.audit.accounts.slice(-2)) {
    account.session = 'signed-out';
    account.error = 'Not signed in.';
    for (const item of account.items) if (item.status === 'fail') item.status = 'unknown';
  }
  // Fewer than half the scored settings read when the audit ran.
  Object.assign(audit.report.audit.overall, { score: 45, coverage: 48, pass: 5, fail: 6, unknown: 12 });
  audit.rechecks = audit.report.audit.accounts.slice(0, 5).flatMap((account) => account.items
    .filter((item) => item.status === 'fail').slice(0, 2)
    .map((item) => ({ accountId: account.account.id, itemId: item.itemId, at: '2026-12-10T10:00:00.000Z', status: 'pass' as const, observed: 'true', reason: null })));
  return audit;
}
