import type { PageSetting } from './linkedin-settings.ts';

/** A setting read from its own page: the hub link that leads there, and the control on it. */
export interface PageSettingSpec {
  setting: PageSetting;
  /** The link's name on Settings › Visibility. */
  link: RegExp;
  linkLabel: string;
  kind: 'switch' | 'radios';
  /** The switch's label, or the radio group's legend. */
  control: RegExp;
  controlLabel: string;
}

/**
 * English labels (research §5: ✅ for the link and control titles, ⚠️ for the slugs and option
 * wording, so the reader follows the hub's links rather than guessing addresses, and accepts the
 * wording variants seen).
 */
export const PAGE_SETTING_SPECS: readonly PageSettingSpec[] = [
  {
    setting: 'connections_visible', kind: 'switch',
    link: /^who can see your connections\??$/i, linkLabel: 'Who can see your connections',
    control: /^connections? visibility$/i, controlLabel: 'Connection visibility',
  },
  {
    setting: 'discoverable_by_email', kind: 'radios',
    link: /^profile discovery using (?:your )?email(?: address)?$/i, linkLabel: 'Profile discovery using email address',
    control: /^profile discovery using (?:your )?email(?: address)?$/i, controlLabel: 'Profile discovery using email address',
  },
  {
    setting: 'discoverable_by_phone', kind: 'radios',
    link: /^profile discovery using (?:your )?phone(?: number)?$/i, linkLabel: 'Profile discovery using phone number',
    control: /^profile discovery using (?:your )?phone(?: number)?$/i, controlLabel: 'Profile discovery using phone number',
  },
];

const DISCOVERY_OPTIONS: readonly [RegExp, string][] = [
  [/^(?:everyone|anyone)(?: on linkedin)?$/i, 'everyone'],
  [/^2nd[- ]degree connections$/i, 'second_degree'],
  [/^1st[- ]degree connections$/i, 'first_degree'],
  [/^(?:nobody|no one)$/i, 'nobody'],
];

/** The id for a discovery option's label, or null for a label Chaperone does not know. */
export function discoveryOption(label: string): string | null {
  const trimmed = label.trim().replace(/\s+/g, ' ');
  return DISCOVERY_OPTIONS.find(([pattern]) => pattern.test(trimmed))?.[1] ?? null;
}
