import type { ThreadsLabels } from './labels.ts';
import { LABELS } from './labels.ts';
import { escapeHtml, page, relayPreload, sjsScript } from './html.ts';
import type { ThreadsMentions, ThreadsRow, ThreadsState } from './state.ts';

/** A switch as Threads draws it: a checkbox with role=switch, named by its row's label. */
function switchRow(id: string, label: string, help: string, on: boolean): string {
  return `<div class="settings-row" data-row="${id}">
  <div><span id="${id}-label">${escapeHtml(label)}</span><span id="${id}-help" class="help">${escapeHtml(help)}</span></div>
  <input type="checkbox" role="switch" id="${id}" aria-labelledby="${id}-label" aria-describedby="${id}-help"${on ? ' checked' : ''}>
</div>`;
}

/** The Mentions choice: a radio group named "Mentions", one radio per option, the current one checked. */
function mentionsRow(words: ThreadsLabels, value: ThreadsMentions): string {
  const options = (Object.keys(words.mentionOptions) as ThreadsMentions[]).map((option) =>
    `<div role="radio" tabindex="${option === value ? '0' : '-1'}" aria-checked="${String(option === value)}" data-value="${option}">${escapeHtml(words.mentionOptions[option])}</div>`);
  return `<div class="settings-row" data-row="mentions">
  <span id="mentions-label">${escapeHtml(words.mentions)}</span>
  <span class="help">${escapeHtml(words.mentionsHelp)}</span>
  <div role="radiogroup" aria-labelledby="mentions-label">${options.join('')}</div>
</div>`;
}

function shown(state: ThreadsState, row: ThreadsRow): boolean {
  return !state.hiddenRows.includes(row);
}

/** https://www.threads.com/settings/privacy */
export function privacyPage(state: ThreadsState): string {
  const words = LABELS[state.language];
  const { settings } = state;
  const onlineLabel = state.markup === 'changed' ? words.onlineStatusChanged : words.onlineStatus;
  const rows = [
    shown(state, 'text_post_app_is_private') ? switchRow('private-profile', words.privateProfile, words.privateHelp, settings.text_post_app_is_private) : '',
    shown(state, 'mentions') ? mentionsRow(words, settings.mentions) : '',
    shown(state, 'online_status') ? switchRow('online-status', onlineLabel, words.onlineHelp, settings.online_status) : '',
    `<a class="settings-row" href="/settings/privacy/hidden_words">${escapeHtml(words.hiddenWords)}</a>`,
  ];
  return settingsShell(state, words.privacy, rows.join('\n'), 'BarcelonaSettingsPrivacyQuery');
}

/** https://www.threads.com/settings/account */
export function accountPage(state: ThreadsState): string {
  const words = LABELS[state.language];
  const rows = shown(state, 'fediverse_sharing')
    ? switchRow('fediverse-sharing', words.fediverse, words.fediverseHelp, state.settings.fediverse_sharing) : '';
  return settingsShell(state, words.account, rows, 'BarcelonaSettingsAccountQuery');
}

function settingsShell(state: ThreadsState, heading: string, rows: string, query: string): string {
  const words = LABELS[state.language];
  const tabs = [['privacy', words.privacy], ['account', words.account]]
    .map(([slug, label]) => `<a href="/settings/${slug ?? ''}">${escapeHtml(label ?? '')}</a>`).join(' ');
  return page({
    title: `${words.settings} • Threads`,
    language: state.language,
    viewer: state.account.username,
    // The settings query carries only page chrome: the values themselves are drawn, not embedded.
    body: `${sjsScript(relayPreload(query, { viewer: { settings_page: { sections_count: 6 } } }))}
<h1>${escapeHtml(words.settings)}</h1><nav aria-label="${escapeHtml(words.settings)}">${tabs}</nav>
<section aria-labelledby="section-heading"><h2 id="section-heading">${escapeHtml(heading)}</h2>
${rows}
</section>`,
  });
}
