import type { Profession } from '../../../main/engine/profile.ts';

/**
 * Every profession of PROFESSIONS (main/engine/profile.ts) in words, with its usual regulator.
 * A Record, so the compiler says when the list gains a profession this screen does not name.
 */
const PROFESSION_TEXT: Record<Profession, { label: string; regulator: string }> = {
  doctor: { label: 'Doctor', regulator: 'GMC' },
  'physician-associate': { label: 'Physician associate', regulator: 'GMC' },
  'anaesthesia-associate': { label: 'Anaesthesia associate', regulator: 'GMC' },
  nurse: { label: 'Nurse', regulator: 'NMC' },
  midwife: { label: 'Midwife', regulator: 'NMC' },
  'nursing-associate': { label: 'Nursing associate', regulator: 'NMC' },
  pharmacist: { label: 'Pharmacist', regulator: 'GPhC' },
  'pharmacy-technician': { label: 'Pharmacy technician', regulator: 'GPhC' },
  'allied-health-professional': { label: 'Allied health professional, for example a physiotherapist or paramedic', regulator: 'HCPC' },
  dentist: { label: 'Dentist', regulator: 'GDC' },
  other: { label: 'Another health profession', regulator: '' },
};

/**
 * Regulators whose guidance Chaperone holds (checklists/guidance.yaml; a test keeps the two equal).
 * Anyone else is told their guidance is not yet included.
 */
export const INCLUDED_REGULATORS = ['GMC', 'NMC', 'GPhC', 'HCPC', 'GDC'] as const;

export const PROFESSION_OPTIONS = (Object.keys(PROFESSION_TEXT) as Profession[])
  .map((value) => ({ value, label: PROFESSION_TEXT[value].label }));

/** The regulator most people in this profession are registered with; '' when it varies. */
export function usualRegulator(profession: Profession): string {
  return PROFESSION_TEXT[profession].regulator;
}

/** The profession in words, as the radios name it. */
export function professionLabel(profession: Profession): string {
  return PROFESSION_TEXT[profession].label;
}
