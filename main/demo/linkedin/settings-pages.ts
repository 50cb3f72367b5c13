import { datalet, fetchScript } from './datalets.ts';
import { LEGACY_CONNECTIONS_PATH, ME_PATH, NORMALIZED_JSON, PRIVACY_SETTINGS_REQUEST, SETTINGS_SLUGS } from './constants.ts';
import { esc, langOf, page } from './html.ts';
import { INLINE, SYNONYMS, WORDS } from './labels.ts';
import type { LinkedInDiscovery, LinkedInState } from './state.ts';
import { meJson, privacySettingsJson } from './voyager-json.ts';

const DISCOVERY_ORDER: LinkedInDiscovery[] = ['EVERYONE', 'SECOND_DEGREE', 'FIRST_DEGREE', 'NOBODY'];

/**
 * The Visibility category: a list of links, one per setting, as on /mypreferences/d/categories/visibility.
 * The current markup embeds the member and privacy-settings answers; the redesign fetches the latter.
 * Under 'inline-controls' the connections and discovery rows carry their controls instead of links;
 * under 'missing-embedded-data' the page carries no data at all, only what it draws.
 */
export function visibilityHub(state: LinkedInState): string {
  const w = WORDS[state.language];
  const synonyms = state.variations.has('label-synonyms');
  const link = (href: string, label: string): string =>
    `<li class="settings-row"><a class="settings-row__link" href="${esc(href)}">${esc(label)}</a></li>`;
  const inline = state.variations.has('inline-controls') ? inlineRows(state) : [
    link(LEGACY_CONNECTIONS_PATH, synonyms ? SYNONYMS.connectionsLink : w.connections),
    link(`/mypreferences/d/settings/${SETTINGS_SLUGS.email}`, synonyms ? SYNONYMS.emailDiscovery : w.emailDiscovery),
    link(`/mypreferences/d/settings/${SETTINGS_SLUGS.phone}`, synonyms ? SYNONYMS.phoneDiscovery : w.phoneDiscovery),
  ];
  const rows = [
    link('/mypreferences/d/profile-viewing-options', w.profileViewing),
    link('/public-profile/settings', w.publicProfile),
    link('/mypreferences/d/settings/last-name-visibility', w.lastName),
    ...inline,
    link('/mypreferences/d/settings/share-profile-updates', w.broadcasts),
  ].join('\n');
  const noData = state.variations.has('missing-embedded-data');
  const current = state.markup === 'current';
  const status = state.lateGate === 'embedded-429' ? 429 : 200;
  const embedded = current && !noData
    ? `${state.meGone ? '' : datalet(1, ME_PATH, status === 200 ? meJson(state) : { status }, status)}\n${datalet(2, PRIVACY_SETTINGS_REQUEST, status === 200 ? privacySettingsJson(state) : { status }, status)}`
    : '';
  return page({
    title: `${w.visibility} | LinkedIn`,
    lang: langOf(state),
    signedIn: true,
    state,
    head: current || noData ? '' : fetchScript(PRIVACY_SETTINGS_REQUEST, NORMALIZED_JSON),
    body: `<section class="settings-category"><h1>${esc(w.visibility)}</h1><p>${esc(w.visibilityIntro)}</p>
<ul class="settings-list">${rows}</ul></section>`,
    data: embedded,
  });
}

/** The connections switch and the two discovery groups, drawn in their rows on the Visibility page. */
function inlineRows(state: LinkedInState): string[] {
  const s = state.settings;
  const w = WORDS[state.language];
  const row = (control: string): string => `<li class="settings-row settings-row--inline">${control}</li>`;
  return [
    row(switchControl('connectionsVisibility', INLINE.connectionSwitch, w.connectionsHelp, s.connectionsVisible)),
    row(discoveryGroup(state, 'email-discovery', INLINE.emailDiscovery, s.discoverByEmail)),
    row(discoveryGroup(state, 'phone-discovery', INLINE.phoneDiscovery, s.discoverByPhone)),
  ];
}

/** Who may find the member by email or phone: four options, and under 'label-synonyms' other wording and one more. */
function discoveryGroup(state: LinkedInState, name: string, legend: string, value: string): string {
  const w = WORDS[state.language];
  const synonyms = state.variations.has('label-synonyms');
  const options: { id: string; label: string; checked: boolean }[] = DISCOVERY_ORDER.map((v) => ({ id: v, label: synonyms ? SYNONYMS.discovery[v] : w.discovery[v], checked: v === value }));
  if (synonyms || value === 'FIRST_AND_SECOND_DEGREE') {
    options.splice(2, 0, { id: 'FIRST_AND_SECOND_DEGREE', label: SYNONYMS.extra.FIRST_AND_SECOND_DEGREE, checked: value === 'FIRST_AND_SECOND_DEGREE' });
  }
  return radioGroup(name, legend, w.discoveryHelp, options);
}

/** One setting's own page, or null for a slug the emulator does not draw. */
export function settingPage(state: LinkedInState, slug: string): string | null {
  if (state.missingPages.includes(slug)) return null;
  const w = WORDS[state.language];
  const s = state.settings;
  let heading: string;
  let control: string;
  if (slug === SETTINGS_SLUGS.connections) {
    heading = w.connections;
    const synonym = state.variations.has('label-synonyms') ? SYNONYMS.connectionSwitch : w.connectionSwitch;
    const label = state.markup === 'changed' ? w.connectionsChanged : synonym;
    control = switchControl('connectionsVisibility', label, w.connectionsHelp, s.connectionsVisible);
  } else if (slug === SETTINGS_SLUGS.email || slug === SETTINGS_SLUGS.phone) {
    const synonyms = state.variations.has('label-synonyms');
    const email = slug === SETTINGS_SLUGS.email;
    heading = email ? (synonyms ? SYNONYMS.emailDiscovery : w.emailDiscovery) : (synonyms ? SYNONYMS.phoneDiscovery : w.phoneDiscovery);
    control = discoveryGroup(state, slug, heading, email ? s.discoverByEmail : s.discoverByPhone);
  } else if (slug === 'share-profile-updates') {
    heading = w.broadcasts;
    control = switchControl('allowProfileEditBroadcasts', w.broadcastSwitch, '', s.allowProfileEditBroadcasts);
  } else {
    return null;
  }
  return settingsFrame(state, heading, control);
}

/** /mypreferences/d/profile-viewing-options: three radios. */
export function profileViewingPage(state: LinkedInState): string {
  const w = WORDS[state.language];
  const modes = ['DISCLOSE_FULL', 'DISCLOSE_ANONYMOUS', 'HIDE'] as const;
  return settingsFrame(state, w.profileViewing,
    radioGroup('profile-viewing', w.profileViewing, '', modes.map((m) => ({ id: m, label: w.viewer[m], checked: m === state.settings.discloseAsProfileViewer }))));
}

/** /public-profile/settings: the public-visibility switch. */
export function publicProfileSettingsPage(state: LinkedInState): string {
  const w = WORDS[state.language];
  return settingsFrame(state, w.publicProfile, switchControl('showPublicProfile', w.publicSwitch, '', state.settings.showPublicProfile));
}

function settingsFrame(state: LinkedInState, heading: string, control: string): string {
  const w = WORDS[state.language];
  return page({
    title: `${heading} | LinkedIn`,
    lang: langOf(state),
    signedIn: true,
    state,
    body: `<a href="/mypreferences/d/categories/visibility">${esc(w.back)}</a><h1>${esc(heading)}</h1>${control}`,
  });
}

/** LinkedIn's switch: a checkbox input with role=switch, labelled by the setting's title. */
function switchControl(id: string, label: string, help: string, on: boolean): string {
  return `<div class="setting-toggle"><p id="${id}-label" class="setting-toggle__label">${esc(label)}</p>
${help === '' ? '' : `<p class="setting-toggle__help">${esc(help)}</p>`}
<input type="checkbox" role="switch" id="${id}" aria-labelledby="${id}-label" aria-checked="${String(on)}"${on ? ' checked' : ''}
  onclick="return false"></div>`;
}

/** Reading only: the emulated controls do not save (the reader never changes anything). */
function radioGroup(name: string, legend: string, help: string, options: { id: string; label: string; checked: boolean }[]): string {
  const items = options.map((o) => `<div class="radio-option"><input type="radio" name="${esc(name)}" id="${esc(name)}-${esc(o.id)}" value="${esc(o.id)}"${o.checked ? ' checked' : ''} onclick="return false">
<label for="${esc(name)}-${esc(o.id)}">${esc(o.label)}</label></div>`).join('\n');
  return `<fieldset class="settings-radio-group"><legend>${esc(legend)}</legend>${help === '' ? '' : `<p>${esc(help)}</p>`}${items}</fieldset>`;
}
