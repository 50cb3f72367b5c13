import { describe, expect, it } from 'vitest';
import { readSettingsJson } from '../../../main/engine/platforms/x/settings-parse.ts';
import { X_SETTINGS } from '../../../main/engine/platforms/x/x-settings.ts';
import { lockedDownSettings, withoutField } from './x-fixtures.ts';

const readAt = '2026-03-02T10:00:00.000Z';

describe('X settings from account/settings.json', () => {
  it('observes every setting from its JSON field, values unchanged', () => {
    const { observations, unread } = readSettingsJson(lockedDownSettings({ allow_media_tagging: 'following', discoverable_by_email: true }), readAt);
    expect(unread).toEqual([]);
    expect(observations.map((o) => o.setting).sort()).toEqual([...X_SETTINGS].sort());
    const byName = Object.fromEntries(observations.map((o) => [o.setting, o]));
    expect(byName.allow_media_tagging?.value).toBe('following');
    expect(byName.discoverable_by_email?.value).toBe(true);
    expect(byName.protected).toEqual({
      setting: 'protected', value: true, source: 'json-endpoint',
      evidence: 'api.x.com/1.1/account/settings.json field protected', readAt,
    });
  });

  it('reports a dropped field as field-missing, for that setting only, with no default', () => {
    const { observations, unread } = readSettingsJson(withoutField(lockedDownSettings(), 'geo_enabled'), readAt);
    expect(unread).toEqual([{ setting: 'geo_enabled', reason: 'field-missing',
      detail: 'X no longer sends this setting ("Add location information to your posts") in its settings data.' }]);
    expect(observations.some((o) => o.setting === 'geo_enabled')).toBe(false);
    expect(observations).toHaveLength(X_SETTINGS.length - 1);
  });

  it('reports a choice X offers that Chaperone does not know as unrecognised, with its text, never as a value', () => {
    const { observations, unread } = readSettingsJson(lockedDownSettings({ allow_dms_from: 'subscribers' }), readAt);
    expect(unread).toEqual([{ setting: 'allow_dms_from', reason: 'unrecognised-value',
      detail: 'X gave "Allow message requests from" as "subscribers", a choice Chaperone does not know yet.' }]);
    expect(observations.map((o) => o.setting)).not.toContain('allow_dms_from');
  });

  it('names no internal field in any reason', () => {
    const json = lockedDownSettings({ protected: 'true' });
    const { unread } = readSettingsJson(withoutField(json, 'allow_location_history_personalization'), readAt);
    expect(unread.map((u) => u.detail).join(' ')).not.toMatch(/allow_location_history_personalization|"protected"/);
    expect(unread.find((u) => u.setting === 'allow_location_history_personalization')?.detail)
      .toBe('X no longer sends this setting ("Personalize based on places you\'ve been") in its settings data.');
  });

  it('refuses a value of the wrong type as a page change instead of guessing', () => {
    const { observations, unread } = readSettingsJson(lockedDownSettings({ protected: 'true', allow_dms_from: null, geo_enabled: 0 }), readAt);
    expect(unread.map((u) => [u.setting, u.reason])).toEqual([
      ['protected', 'page-changed'], ['geo_enabled', 'page-changed'], ['allow_dms_from', 'page-changed'],
    ]);
    expect(observations.map((o) => o.setting)).not.toContain('protected');
  });
});
