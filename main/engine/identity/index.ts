/** Identity and name use: cross-platform, pure functions, used by every platform reader's result. */
export { detectHealthProfessional, type DetectOptions } from './detect.ts';
export { registeredNameShown, type RegisteredNameResult } from './registered-name.ts';
export { parseName, type NameParts } from './name-parts.ts';
export { identityObservations, IDENTITY_SETTINGS } from './observations.ts';
export {
  IDENTITY_FIELDS, SIGNAL_KINDS,
  type HealthProfessionalDetection, type IdentityField, type IdentityText, type Signal, type SignalKind, type SignalStrength,
} from './signal.ts';
