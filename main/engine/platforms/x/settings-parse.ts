import type { Observation, Unread } from '../../types.ts';
import { X_KNOWN_CHOICES, X_SETTING_NAMES } from './x-labels.ts';
import { settingsJsonEvidence, X_SETTING_TYPES, X_SETTINGS } from './x-settings.ts';

export interface SettingsReading {
  observations: Observation[];
  unread: Unread[];
}

/**
 * Turns the fields of `account/settings.json` into observations. A missing field is never given
 * a default, a value of the wrong type is never coerced, and a choice X offers that Chaperone does
 * not know is never guessed at: all are reported unread, naming the setting as X's page does.
 */
export function readSettingsJson(json: Record<string, unknown>, readAt: string): SettingsReading {
  const reading: SettingsReading = { observations: [], unread: [] };
  for (const setting of X_SETTINGS) {
    const value = json[setting];
    const expected = X_SETTING_TYPES[setting];
    const name = X_SETTING_NAMES[setting];
    const choices = X_KNOWN_CHOICES[setting];
    if (!(setting in json) || value === undefined) {
      reading.unread.push({ setting, reason: 'field-missing', detail: `X no longer sends this setting ("${name}") in its settings data.` });
    } else if (choices !== undefined && typeof value === 'string' && !choices.includes(value)) {
      reading.unread.push({ setting, reason: 'unrecognised-value', detail: `X gave "${name}" as "${value.slice(0, 60)}", a choice Chaperone does not know yet.` });
    } else if ((expected === 'boolean' && typeof value === 'boolean') || (expected === 'string' && typeof value === 'string')) {
      reading.observations.push({ setting, value, source: 'json-endpoint', evidence: settingsJsonEvidence(setting), readAt });
    } else {
      reading.unread.push({
        setting,
        reason: 'page-changed',
        detail: `X's settings data gave "${name}" as ${describe(value)} where Chaperone expects ${expected === 'boolean' ? 'yes or no' : 'text'}.`,
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
