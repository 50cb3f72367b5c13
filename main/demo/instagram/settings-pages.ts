import { AUDIENCES, esc, radioGroup, switchRow } from './markup.ts';
import type { SettingsPageName } from './constants.ts';
import { EXTRA_MENTION_OPTION, wordsFor } from './labels.ts';
import type { InstagramSettings, InstagramState } from './state.ts';

const shows = (state: InstagramState, setting: keyof InstagramSettings): boolean => !state.hiddenControls.includes(setting);

/**
 * The content of one settings page, drawn from the state (Instagram's app draws the same from its
 * data). Under 'inline-controls' Account privacy carries every control, as one scrolling page.
 */
export function settingsContent(state: InstagramState, page: SettingsPageName): string {
  if (page === 'privacy' && state.variations.has('inline-controls')) {
    return (['privacy', 'tags', 'story', 'activity', 'edit'] as const).map((name) => pageContent(state, name)).join('');
  }
  return pageContent(state, page);
}

function pageContent(state: InstagramState, page: SettingsPageName): string {
  const w = wordsFor(state);
  const s = state.settings;
  switch (page) {
    case 'privacy': {
      // The search-engine switch exists only for public professional accounts (from 10 July 2025).
      const search = !s.is_private && state.account.is_professional && shows(state, 'public_media_in_search_engines')
        ? switchRow(state, 'search', w.searchEngines, s.public_media_in_search_engines, w.searchHelp) : '';
      const priv = shows(state, 'is_private') ? switchRow(state, 'private', w.privateAccount, s.is_private, w.privateHelp) : '';
      return `<h2>${esc(w.menu.privacy)}</h2>${priv}${search}`;
    }
    case 'tags':
      return `<h2>${esc(w.menu.tags)}</h2>` +
        (shows(state, 'allow_tags_from') ? radioGroup('tags', w.whoCanTag, w.tags, AUDIENCES.indexOf(s.allow_tags_from)) : '') +
        (shows(state, 'usertag_review_enabled') ? switchRow(state, 'review', w.manualApproval, s.usertag_review_enabled) : '') +
        (shows(state, 'allow_mentions_from') ? radioGroup('mentions', w.whoCanMention, mentionOptions(state, w.mentions), AUDIENCES.indexOf(s.allow_mentions_from)) : '');
    case 'story':
      return `<h2>${esc(w.menu.story)}</h2><h3>${esc(w.sharing)}</h3>` +
        (shows(state, 'allow_sharing_to_story') ? switchRow(state, 'share-story', w.sharingToStory, s.allow_sharing_to_story) : '') +
        (shows(state, 'allow_sharing_to_messages') ? switchRow(state, 'share-messages', w.sharingToMessages, s.allow_sharing_to_messages) : '');
    case 'activity':
      return `<h2>${esc(w.activityStatus)}</h2>` +
        (shows(state, 'presence_disabled') ? switchRow(state, 'presence', w.activityStatus, !s.presence_disabled) : '');
    case 'edit':
      return `<h2>${esc(w.menu.edit)}</h2>` +
        `<label>${esc(w.website)} <input type="url" value="${esc(state.account.external_url)}" disabled></label>` +
        `<label>${esc(w.bio)} <textarea>${esc(state.account.biography)}</textarea></label>` +
        (shows(state, 'chaining_enabled')
          ? `<label class="row"><input type="checkbox"${s.chaining_enabled ? ' checked' : ''}> <span>${esc(w.suggestions)}</span></label>` : '');
  }
}

function mentionOptions(state: InstagramState, options: readonly string[]): readonly string[] {
  return state.variations.has('label-synonyms') ? [...options, EXTRA_MENTION_OPTION] : options;
}
