import { datalet, fetchScript } from './datalets.ts';
import { LEGACY_CONNECTIONS_PATH, ME_PATH, NORMALIZED_JSON, PRIVACY_SETTINGS_REQUEST, SETTINGS_SLUGS } from './constants.ts';
import { esc, langOf, page } from './html.ts';
import { WORDS } from './labels.ts';
import type { LinkedInDiscovery, LinkedInState } from './state.ts';
import { meJson, privacySettingsJson } from './voyager-json.ts';

const DISCOVERY_ORDER: LinkedInDiscovery[] = ['EVERYONE', 'SECOND_DEGREE', 'FIRST_DEGREE', 'NOBODY'];

/**
 * The Visibility category: a list of links, one per setting, as on /mypreferences/d/categories/visibility.
 * The current markup embeds the member and privacy-settings answers; the redesign fetches the latter.
 */
export function visibilityHub(state: LinkedInState): string {
  const w = WORDS[state.language];
  const link = (href: string, label: string): string =>
    `<li class="settings-row"><a class="settings-row__link" href="${esc(href)}">${esc(label)}</a></li>`;
  const rows = [
    link('/mypreferences/d/profile-viewing-options', w.profileViewing),
    link('/public-profile/settings', w.publicProfile),
    link('/mypreferences/d/settings/last-name-visibility', w.lastName),
    link(LEGACY_CONNECTIONS_PATH, w.connections),
    link(`/mypreferences/d/settings/${SETTINGS_SLUGS.email}`, w.emailDiscovery),
    link(`/mypreferences/d/settings/${SETTINGS_SLUGS.phone}`, w.phoneDiscovery),
    link('/mypreferences/d/settings/share-profile-updates', w.broadcasts),
  ].join('\n');
  const current = state.markup === 'current';
  const embedded = current
    ? `${datalet(1, ME_PATH, meJson(state))}\n${datalet(2, PRIVACY_SETTINGS_REQUEST, privacySettingsJson(state))}`
    : '';
  return page({
    title: `${w.visibility} | LinkedIn`,
    lang: langOf(state),
    signedIn: true,
    head: current ? '' : fetchScript(PRIVACY_SETTINGS_REQUEST, NORMALIZED_JSON),
    body: `<section class="settings-category"><h1>${esc(w.visibility)}</h1><p>${esc(w.visibilityIntro)}</p>
<ul class="settings-list">${rows}</ul></section>
${embedded}`,
  });
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
    const label = state.markup === 'changed' ? w.connectionsChanged : w.connectionSwitch;
    control = switchControl('connectionsVisibility', label, w.connectionsHelp, s.connectionsVisible);
  } else if (slug === SETTINGS_SLUGS.email || slug === SETTINGS_SLUGS.phone) {
    heading = slug === SETTINGS_SLUGS.email ? w.emailDiscovery : w.phoneDiscovery;
    const value = slug === SETTINGS_SLUGS.email ? s.discoverByEmail : s.discoverByPhone;
    control = radioGroup(slug, heading, w.discoveryHelp, DISCOVERY_ORDER.map((v) => ({ id: v, label: w.discovery[v], checked: v === value })));
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
