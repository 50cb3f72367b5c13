import type { Observation, Unread } from '../../types.ts';
import { settingsJsonEvidence, X_SETTING_TYPES, X_SETTINGS } from './x-settings.ts';

export interface SettingsReading {
  observations: Observation[];
  unread: Unread[];
}

/**
 * Turns the fields of `account/settings.json` into observations. A missing field is never given
 * a default and a value of the wrong type is never coerced: both are reported unread.
 */
export function readSettingsJson(json: Record<string, unknown>, readAt: string): SettingsReading {
  const reading: SettingsReading = { observations: [], unread: [] };
  for (const setting of X_SETTINGS) {
    const value = json[setting];
    const expected = X_SETTING_TYPES[setting];
    if (!(setting in json) || value === undefined) {
      reading.unread.push({ setting, reason: 'field-missing', detail: `X's settings data did not include "${setting}".` });
    } else if ((expected === 'boolean' && typeof value === 'boolean') || (expected === 'string' && typeof value === 'string')) {
      reading.observations.push({ setting, value, source: 'json-endpoint', evidence: settingsJsonEvidence(setting), readAt });
    } else {
      reading.unread.push({
        setting,
        reason: 'page-changed',
        detail: `X's settings data gave "${setting}" as ${describe(value)} where Chaperone expects ${expected === 'boolean' ? 'yes or no' : 'text'}.`,
      });
    }
  }
  return reading;
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a group of values' : `a ${typeof value}`;
}
