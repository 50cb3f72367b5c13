/**
 * Every word the LinkedIn reader matches, in one table: update a label here when LinkedIn rewords
 * it. English only (other languages are reported as not supported). Sources: research §5 (✅ for
 * the link and control titles, ⚠️ for the slugs and option wording) and LinkedIn's help text.
 */
import type { PageSetting, PrivacyJsonSetting } from './linkedin-settings.ts';

/** A setting read from the screen: the hub link that leads to its page, and the control itself. */
export interface PageSettingSpec {
  setting: PageSetting;
  /** The link's name on Settings › Visibility (every known wording). */
  link: RegExp;
  linkLabel: string;
  kind: 'switch' | 'radios';
  /** The switch's label, or the radio group's legend, on its own page or on the Visibility page itself. */
  control: RegExp;
  controlLabel: string;
}

export const PAGE_SETTING_SPECS: readonly PageSettingSpec[] = [
  {
    setting: 'connections_visible', kind: 'switch',
    link: /^who can see your connections(?: list)?\??$/i, linkLabel: 'Who can see your connections',
    // On its own page the switch is "Connection visibility"; drawn in its row on the Visibility
    // page it takes the row's title; some layouts label it with its help text.
    control: /^(?:connections? visibility|who can see your connections(?: list)?\??|allow your connections to see your connections(?: list)?)$/i,
    controlLabel: 'Connection visibility',
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

/** The settings read from LinkedIn's privacy data, by the names LinkedIn's pages give them (for reasons). */
export const PRIVACY_LABELS: Readonly<Record<PrivacyJsonSetting, string>> = {
  showPublicProfile: "Your profile's public visibility",
  fullLastNameShown: 'Who can see your last name',
  discloseAsProfileViewer: 'Profile viewing options',
  allowProfileEditBroadcasts: 'Share profile updates with your network',
};

/**
 * Other rows of the Visibility page: seeing any of them (or a setting above) tells the reader the
 * page has drawn its content.
 */
export const HUB_ROWS: readonly RegExp[] = [
  /^profile viewing options$/i,
  /^edit your public profile$/i,
  /^who can see your last name\??$/i,
  /^share profile updates with your network$/i,
];

/**
 * Discovery options: everything LinkedIn offers for "Profile discovery using email address / phone
 * number" (Everyone or Anyone, 2nd-degree, 1st-degree, Nobody). Any other option is reported with
 * its text, never guessed at.
 */
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

/** The top card's button for the current position (English wording, ✅ on the live site in 2025). */
export const CURRENT_COMPANY = /^current company:\s*(.+?)\.?(?:\s+click to skip to experience card\.?)?$/i;

/**
 * LinkedIn's notices, matched in the page's text (they may be drawn by script after load). The
 * automation notice is tested before the restriction notice: it is a restriction too.
 */
export const NOTICES = {
  /** "It looks like you're visiting a very high number of pages on LinkedIn." */
  tooManyPages: /visiting a very high number of pages/i,
  /** A restriction for automated activity ("looks automated", "software that automates activity"). */
  automated: /\b(?:looks|appears|seems) (?:to be )?automated\b|\bautomat(?:ion|ed) (?:tools?|software|activity)\b|\bsoftware (?:or [\w ]+ )?that automates\b/i,
  /** "Your account has been (temporarily) restricted". */
  restricted: /\byour account (?:has been|is|was) (?:temporarily )?restricted\b|\bwe(?:'|’)ve restricted your account\b/i,
  /** "Let's do a quick security check", "Security Verification". */
  challenge: /\blet(?:'|’)s do a quick security check\b|\bsecurity verification\b|\bverify (?:it(?:'|’)s you|you(?:'|’)re (?:a )?(?:real )?(?:person|human))\b/i,
};
