/** Fixed wording of the appraisal summary, kept together so every format says the same. */
import type { Profession } from '../profile.ts';
import type { AccountKind } from '../types.ts';
import { isPartialAudit, partialAuditText } from '../../shared/glossary.ts';

export const PROFESSION_WORDS: Record<Profession, string> = {
  doctor: 'Doctor',
  'physician-associate': 'Physician associate',
  'anaesthesia-associate': 'Anaesthesia associate',
  nurse: 'Nurse',
  midwife: 'Midwife',
  'nursing-associate': 'Nursing associate',
  pharmacist: 'Pharmacist',
  'pharmacy-technician': 'Pharmacy technician',
  'allied-health-professional': 'Allied health professional',
  dentist: 'Dentist',
  other: 'Health professional',
};

export const KIND_WORDS: Record<AccountKind, string> = {
  personal: 'personal',
  professional: 'professional, public on purpose',
};

export const DECLARATION_TEXT = 'This document holds no information that could identify a patient.';
export const SCOPE_NOTE = 'Friends, followers and connections are never listed.';
export const FIRST_AUDIT = 'This is your first audit with Chaperone: there is no earlier audit to compare with.';
export const NOT_WRITTEN = '(not written yet)';

export function items(count: number): string {
  return `${count} ${count === 1 ? 'item' : 'items'}`;
}

/** "X (Twitter) account: personal", with the handle only when the summary holds one. */
export function scopeLine(a: { platform: string; kind: string; handle: string | null }): string {
  return `${a.platform} account: ${a.kind}${a.handle === null ? '' : ` (${a.handle})`}`;
}

/** Shown next to every score: a high score is not a clean bill of health (main/shared/glossary.ts). */
export { SCORE_CAVEAT } from '../../shared/glossary.ts';

/**
 * The score at the audit, in words. When fewer than half the scored settings could be read, the
 * coverage comes first ("Partial audit: 11 of 23 read"), so nobody takes the number at face value.
 */
export function scoreLine(score: { value: number | null; read: number; readable: number }): string {
  const { value, read, readable } = score;
  if (value === null) return `Score at the audit: none, because none of the ${String(readable)} scored settings could be read.`;
  if (isPartialAudit(score)) return `${partialAuditText(score)}. Score at the audit: ${String(value)} out of 100.`;
  return `Score at the audit: ${String(value)} out of 100, with ${String(read)} of ${String(readable)} scored settings read.`;
}

/** "1 setting", "25 settings". */
export function settings(count: number): string {
  return `${String(count)} ${count === 1 ? 'setting' : 'settings'}`;
}

/** "1 question", "43 questions". */
export function questions(count: number): string {
  return `${String(count)} ${count === 1 ? 'question' : 'questions'}`;
}
