import type { Observation, ObservationSource, Unread } from '../../types.ts';
import { findEntity } from './find-entity.ts';
import { PRIVACY_LABELS } from './linkedin-labels.ts';
import { PRIVACY_EVIDENCE_PATH, PRIVACY_JSON_SETTINGS, VIEWER_MODES } from './linkedin-settings.ts';

export interface SettingsReading {
  observations: Observation[];
  unread: Unread[];
}

export const PRIVACY_URN = 'urn:li:fsd_privacySettings:singleton';

/**
 * Turns profilePrivacySettings into observations. A missing field is never given a default, a
 * value of the wrong type is never coerced, and an unknown viewing mode is never mapped.
 * `how` says where the JSON came from, for the evidence: "embedded datalet" or "response".
 */
export function readPrivacySettings(json: unknown, source: ObservationSource, how: string, readAt: string): SettingsReading | null {
  const entity = findEntity(json, PRIVACY_URN);
  if (entity === null) return null;
  const reading: SettingsReading = { observations: [], unread: [] };
  for (const setting of PRIVACY_JSON_SETTINGS) {
    const value = entity[setting];
    const evidence = `${PRIVACY_EVIDENCE_PATH} (${how}) field ${setting}`;
    if (value === undefined) {
      reading.unread.push({ setting, reason: 'field-missing', detail: `LinkedIn no longer sends the "${PRIVACY_LABELS[setting]}" setting in its privacy settings data.` });
    } else if (setting === 'discloseAsProfileViewer') {
      const mode = typeof value === 'string' ? VIEWER_MODES[value] : undefined;
      if (mode === undefined) {
        reading.unread.push({ setting, reason: 'unrecognised-value', detail: `LinkedIn gave a choice under "${PRIVACY_LABELS[setting]}" that Chaperone does not know (${JSON.stringify(value)}).` });
      } else {
        reading.observations.push({ setting, value: mode, source, evidence, readAt });
      }
    } else if (typeof value === 'boolean') {
      reading.observations.push({ setting, value, source, evidence, readAt });
    } else {
      reading.unread.push({ setting, reason: 'page-changed', detail: `LinkedIn's privacy settings data gave "${PRIVACY_LABELS[setting]}" in a form Chaperone does not recognise.` });
    }
  }
  return reading;
}
