/** Fixed wording of the appraisal summary, kept together so every format says the same. */
import type { Profession } from '../profile.ts';
import type { AccountKind } from '../types.ts';

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
