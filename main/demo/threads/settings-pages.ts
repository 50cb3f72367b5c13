import type { ThreadsLabels } from './labels.ts';
import { LABELS, SYNONYMS } from './labels.ts';
import { escapeHtml, page, relayPreload, sjsScript } from './html.ts';
import type { ThreadsMentions, ThreadsRow, ThreadsState } from './state.ts';

type Words = Pick<ThreadsLabels, 'privateProfile' | 'mentions' | 'mentionOptions' | 'onlineStatus' | 'fediverse'>;

/** The row labels in force: Threads' usual ones, or their synonyms under 'label-synonyms' (English). */
function rowWords(state: ThreadsState): Words {
  const words = LABELS[state.language];
  if (state.variations.has('label-synonyms') && state.language === 'en') return SYNONYMS;
  return words;
}

/** A switch as Threads draws it: a checkbox with role=switch, named by its row's label. */
function switchRow(id: string, label: string, help: string, on: boolean): string {
  return `<div class="settings-row" data-row="${id}">
  <div><span id="${id}-label">${escapeHtml(label)}</span><span id="${id}-help" class="help">${escapeHtml(help)}</span></div>
  <input type="checkbox" role="switch" id="${id}" aria-labelledby="${id}-label" aria-describedby="${id}-help"${on ? ' checked' : ''}>
</div>`;
}

/** The same setting as a plain checkbox (no switch role), as some of Meta's web pages draw it. */
function checkboxRow(id: string, label: string, help: string, on: boolean): string {
  return `<div class="settings-row" data-row="${id}">
  <label for="${id}">${escapeHtml(label)}</label><span class="help">${escapeHtml(help)}</span>
  <input type="checkbox" id="${id}"${on ? ' checked' : ''}>
</div>`;
}

/** The same setting as a toggle button that says its state with aria-pressed. */
function pressedRow(id: string, label: string, help: string, on: boolean): string {
  return `<div class="settings-row" data-row="${id}">
  <span class="help">${escapeHtml(help)}</span>
  <button type="button" id="${id}" aria-pressed="${String(on)}">${escapeHtml(label)}</button>
</div>`;
}

/** The Mentions choice: a radio group named by its label, one radio per option, the current one checked. */
function mentionsRow(state: ThreadsState, words: Words, value: ThreadsMentions): string {
  const help = LABELS[state.language].mentionsHelp;
  const options = mentionOptions(state, value);
  if (state.controlKinds === 'mixed') {
    const choices = options.map((option) => `<option value="${option}"${option === value ? ' selected' : ''}>${escapeHtml(words.mentionOptions[option])}</option>`);
    return `<div class="settings-row" data-row="mentions"><label for="mentions-select">${escapeHtml(words.mentions)}</label>
  <span class="help">${escapeHtml(help)}</span><select id="mentions-select">${choices.join('')}</select></div>`;
  }
  const radios = options.map((option) =>
    `<div role="radio" tabindex="${option === value ? '0' : '-1'}" aria-checked="${String(option === value)}" data-value="${option}">${escapeHtml(words.mentionOptions[option])}</div>`);
  return `<div class="settings-row" data-row="mentions">
  <span id="mentions-label">${escapeHtml(words.mentions)}</span>
  <span class="help">${escapeHtml(help)}</span>
  <div role="radiogroup" aria-labelledby="mentions-label">${radios.join('')}</div>
</div>`;
}

/** Threads' three options; the extra one only under 'label-synonyms' (or when it is the value). */
function mentionOptions(state: ThreadsState, value: ThreadsMentions): ThreadsMentions[] {
  const usual: ThreadsMentions[] = ['everyone', 'following', 'no_one'];
  return state.variations.has('label-synonyms') || value === 'mutual' ? [...usual.slice(0, 2), 'mutual', 'no_one'] : usual;
}

function shown(state: ThreadsState, row: ThreadsRow): boolean {
  return !state.hiddenRows.includes(row);
}

function fediverseRow(state: ThreadsState, words: Words): string {
  const help = LABELS[state.language].fediverseHelp;
  const draw = state.controlKinds === 'mixed' ? checkboxRow : switchRow;
  return shown(state, 'fediverse_sharing') ? draw('fediverse-sharing', words.fediverse, help, state.settings.fediverse_sharing) : '';
}

/** https://www.threads.com/settings/privacy (with Fediverse sharing on it under 'inline-controls'). */
export function privacyPage(state: ThreadsState): string {
  const all = LABELS[state.language];
  const words = rowWords(state);
  const { settings } = state;
  const onlineLabel = state.markup === 'changed' ? all.onlineStatusChanged : words.onlineStatus;
  const online = state.controlKinds === 'mixed' ? pressedRow : switchRow;
  const rows = [
    shown(state, 'text_post_app_is_private') ? switchRow('private-profile', words.privateProfile, all.privateHelp, settings.text_post_app_is_private) : '',
    shown(state, 'mentions') ? mentionsRow(state, words, settings.mentions) : '',
    shown(state, 'online_status') ? online('online-status', onlineLabel, all.onlineHelp, settings.online_status) : '',
    state.variations.has('inline-controls') ? fediverseRow(state, words) : '',
    `<a class="settings-row" href="/settings/privacy/hidden_words">${escapeHtml(all.hiddenWords)}</a>`,
  ];
  return settingsShell(state, all.privacy, rows.join('\n'), 'BarcelonaSettingsPrivacyQuery');
}

/** https://www.threads.com/settings/account (Fediverse sharing moves to Privacy under 'inline-controls'). */
export function accountPage(state: ThreadsState): string {
  const rows = state.variations.has('inline-controls') ? '' : fediverseRow(state, rowWords(state));
  return settingsShell(state, LABELS[state.language].account, rows, 'BarcelonaSettingsAccountQuery');
}

function settingsShell(state: ThreadsState, heading: string, rows: string, query: string): string {
  const words = LABELS[state.language];
  const tabs = [['privacy', words.privacy], ['account', words.account]]
    .map(([slug, label]) => `<a href="/settings/${slug ?? ''}">${escapeHtml(label ?? '')}</a>`).join(' ');
  return page({
    title: `${words.settings} • Threads`,
    language: state.language,
    viewer: state.account.username,
    variations: state.variations,
    // The settings query carries the viewer and page chrome: the values themselves are drawn, not embedded.
    data: sjsScript(relayPreload(query, { viewer: { username: state.account.username, settings_page: { sections_count: 6 } } })),
    body: `<h1>${escapeHtml(words.settings)}</h1><nav aria-label="${escapeHtml(words.settings)}">${tabs}</nav>
<section aria-labelledby="section-heading"><h2 id="section-heading">${escapeHtml(heading)}</h2>
${rows}
</section>`,
  });
}
