/** The user's own details, recorded once. Used for the name rule and the appraisal export. */
export const PROFESSIONS = [
  'doctor', 'physician-associate', 'anaesthesia-associate', 'nurse', 'midwife', 'nursing-associate',
  'pharmacist', 'pharmacy-technician', 'allied-health-professional', 'dentist', 'other',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

export interface UserProfile {
  /** Name on the professional register, e.g. "Amina Rahman". */
  registeredName: string;
  profession: Profession;
  /** e.g. "GMC", "NMC", "GPhC", "HCPC". */
  regulator: string;
}
