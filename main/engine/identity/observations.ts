/** Turns a read identity into the observations the name-rule checklist item judges. */
import type { Identity, IdentityField, Observation } from '../types.ts';
import type { UserProfile } from '../profile.ts';
import { detectHealthProfessional } from './detect.ts';
import { registeredNameShown } from './registered-name.ts';
import type { Signal } from './signal.ts';
import { orList } from '../../shared/lists.ts';

export const IDENTITY_SETTINGS = {
  presentsAsHealthProfessional: 'identity.presents-as-health-professional',
  registeredNameShown: 'identity.registered-name-shown',
} as const;

const FIELD_WORDS: Readonly<Record<IdentityField, string>> = {
  displayName: 'display name', handle: 'handle', bio: 'bio', workplace: 'workplace',
};
/** Enough to show why; the evidence never carries the whole bio. */
const MAX_SIGNALS_IN_EVIDENCE = 6;

/**
 * Nothing is returned when no field was read (all null), so the items stay "unknown". A null field
 * is empty unless the reader lists it in unreadFields. Only what was read can say "no": "presents
 * as a health professional = false" needs display name, handle and bio all read, and "registered
 * name shown = false" needs display name and bio read. The name observation is left out when the
 * user has not recorded a registered name.
 */
export function identityObservations(identity: Identity, profile: UserProfile, readAt: string): Observation[] {
  const { displayName, handle, bio, workplace } = identity;
  if (displayName === null && handle === null && bio === null && workplace === null) return [];
  const observe = (setting: string, value: boolean, detail: string): Observation =>
    ({ setting, value, source: identity.source, evidence: `${identity.evidence}; ${detail}`, readAt });
  const allRead = (fields: readonly IdentityField[]): boolean => fields.every((f) => !identity.unreadFields.includes(f));

  const observations: Observation[] = [];
  const detection = detectHealthProfessional(identity, { registeredName: profile.registeredName });
  if (detection.presents) {
    observations.push(observe(IDENTITY_SETTINGS.presentsAsHealthProfessional, true, `health-profession words: ${describe(detection.signals)}`));
  } else if (allRead(['displayName', 'handle', 'bio', 'workplace'])) {
    observations.push(observe(IDENTITY_SETTINGS.presentsAsHealthProfessional, false,
      `no health-profession words in ${fieldsRead(identity, ['displayName', 'handle', 'bio', 'workplace'])}`));
  }

  const nameFields = fieldsRead(identity, ['displayName', 'bio', 'handle']);
  if (profile.registeredName.trim() !== '' && nameFields !== '') {
    const name = registeredNameShown(identity, profile.registeredName);
    if (name.where !== null) {
      observations.push(observe(IDENTITY_SETTINGS.registeredNameShown, true,
        `registered name found in ${FIELD_WORDS[name.where]} as "${name.matched ?? ''}"`));
    } else if (allRead(['displayName', 'bio'])) {
      observations.push(observe(IDENTITY_SETTINGS.registeredNameShown, false, `registered name not found in ${nameFields}`));
    }
  }
  return observations;
}

function describe(signals: readonly Signal[]): string {
  const shown = signals.slice(0, MAX_SIGNALS_IN_EVIDENCE).map((s) => `${FIELD_WORDS[s.field]} "${s.match}" (${s.kind})`);
  const more = signals.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

function fieldsRead(identity: Identity, fields: readonly IdentityField[]): string {
  const names = fields.filter((f) => identity[f] !== null).map((f) => FIELD_WORDS[f]);
  return orList(names);
}
