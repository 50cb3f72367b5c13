import type { Variation } from '../variations.ts';
import type { ControlSpec, SettingsPageSpec } from './client/config.ts';
import { X_SETTINGS_PAGES } from './settings-pages.ts';

/**
 * Wordings X has used for the same controls: "Tweets" before the 2023 rename, and the app's
 * "Let others find you by…" (research/platforms-meta-x-linkedin.md §4, X5/X7).
 */
const SYNONYMS: Record<string, string> = {
  'Protect your posts': 'Protect your Tweets',
  'Let people who have your email address find you on X': 'Let others find you by your email',
  'Let people who have your phone number find you on X': 'Let others find you by your phone number',
  'Add location information to your posts': 'Add location information to your Tweets',
};

/** The switches the hub shows itself under 'inline-controls', as X's app settings list does. */
const INLINE_FROM: Record<string, string[]> = {
  '/settings/audience_and_tagging': ['protected'],
  '/settings/contacts': ['discoverable_by_email', 'discoverable_by_mobile_phone'],
  '/settings/location': ['geo_enabled'],
};

const HUB = '/settings/privacy_and_safety';

/** X's privacy pages as this copy of X draws them under its variation switches. */
export function settingsPagesFor(variations: ReadonlySet<Variation>): Record<string, SettingsPageSpec> {
  const pages: Record<string, SettingsPageSpec> = structuredClone(X_SETTINGS_PAGES);
  if (variations.has('inline-controls')) {
    const inline = Object.entries(INLINE_FROM).flatMap(([path, fields]) =>
      (pages[path]?.controls ?? []).filter((control) => control.kind === 'checkbox' && fields.includes(control.field)));
    const hub = pages[HUB];
    if (hub) hub.controls = [...structuredClone(inline), ...hub.controls];
  }
  if (variations.has('label-synonyms')) {
    for (const page of Object.values(pages)) page.controls = page.controls.map(reworded);
    // The extra option: photo tagging offered as one group of three, "Off" among them, instead of a switch and two choices.
    const tagging = pages['/settings/tagging'];
    if (tagging) {
      tagging.controls = [{ kind: 'radios', field: 'allow_media_tagging', legend: 'Who can tag you in photos', options: [
        { value: 'all', label: 'Anyone can tag you' }, { value: 'following', label: 'Only people you follow can tag you' }, { value: 'none', label: 'Off' }] }];
    }
  }
  return pages;
}

function reworded(control: ControlSpec): ControlSpec {
  if (control.kind === 'checkbox' || control.kind === 'link' || control.kind === 'button') {
    return { ...control, label: SYNONYMS[control.label] ?? control.label };
  }
  return control;
}
