/** What the health-profession detector reports. */
import type { Identity, IdentityField } from '../types.ts';

export { IDENTITY_FIELDS, type IdentityField } from '../types.ts';

/** The identity fields the detector reads. */
export type IdentityText = Pick<Identity, IdentityField>;

/**
 * title: Dr, Prof. post-nominal: MBBS, MRCP, RN… role: GP, nurse, FY1… specialty: cardiology, A&E…
 * employer: NHS, an NHS trust or a named hospital. registration: "GMC registered", "NMC PIN".
 * hashtag: #MedTwitter, #FOAMed, #NHS.
 */
export const SIGNAL_KINDS = ['title', 'post-nominal', 'role', 'specialty', 'employer', 'registration', 'hashtag'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/**
 * strong: says outright that the person is a health professional (a role, a clinical qualification,
 * a registration). weak: makes a reader likely to take them for one (a "Dr" title, a specialty,
 * NHS, a hospital, a clinical hashtag, being a student). Both count: the name rule is about how
 * readers take the profile, and readers take "Dr" at face value.
 */
export type SignalStrength = 'strong' | 'weak';

export interface Signal {
  field: IdentityField;
  kind: SignalKind;
  strength: SignalStrength;
  /** The words that matched, as written (after Unicode clean-up); never the whole field. */
  match: string;
}

export interface HealthProfessionalDetection {
  /** True when any signal was found. */
  presents: boolean;
  signals: Signal[];
}
