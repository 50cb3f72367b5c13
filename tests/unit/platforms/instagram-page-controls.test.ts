import { describe, expect, it } from 'vitest';
import type { AxNode } from '../../../main/engine/platforms/read-helpers/read-toggle.ts';
import {
  ACTIVITY_STATUS, SEARCH_ENGINES, SHARING_TO_MESSAGES, SHARING_TO_STORY, STORY_LINK, TAGS_AND_MENTIONS_LINK, WHO_CAN_MENTION, WHO_CAN_TAG,
} from '../../../main/engine/platforms/instagram/instagram-labels.ts';
import { menuLinkUrl, readRadioGroup, readSwitch } from '../../../main/engine/platforms/instagram/page-controls.ts';
import { searchEngineReading } from '../../../main/engine/platforms/instagram/search-engine.ts';
import { nameFromOgTitle } from '../../../main/engine/platforms/instagram/stranger-dom.ts';
import { splitNameAndHandle } from '../../../main/engine/platforms/instagram/name-handle.ts';

const WHERE = 'www.instagram.com/accounts/tags_and_mentions/';

function tree(...children: AxNode[]): AxNode {
  return { role: 'RootWebArea', name: 'Tags and mentions • Instagram', children };
}
const radio = (name: string, checked: boolean): AxNode => ({ role: 'radio', name, checked });
const toggle = (name: string, checked: boolean, role = 'switch'): AxNode => ({ role, name, checked });

const tagsPage = (chosen: number, mentionLabels = ['Allow mentions from everyone', 'Allow mentions from people you follow', 'Don’t allow mentions']): AxNode => tree(
  radio('Allow tags from everyone', chosen === 0), radio('Allow tags from people you follow', chosen === 1), radio('Don’t allow tags', chosen === 2),
  toggle('Manually approve tags', true),
  ...mentionLabels.map((name, i) => radio(name, i === chosen)),
);

describe('radio groups on Tags and mentions', () => {
  it('maps the chosen option to a stable id, for each group separately', () => {
    for (const [chosen, id] of [[0, 'everyone'], [1, 'following'], [2, 'none']] as const) {
      expect(readRadioGroup(tagsPage(chosen), WHERE, WHO_CAN_TAG)).toMatchObject({ observation: { setting: 'allow_tags_from', value: id, source: 'accessibility-tree' } });
      expect(readRadioGroup(tagsPage(chosen), WHERE, WHO_CAN_MENTION)).toMatchObject({ observation: { setting: 'allow_mentions_from', value: id } });
    }
  });

  it('accepts the straight apostrophe too', () => {
    const page = tree(radio('Allow tags from everyone', false), radio("Don't allow tags", true));
    expect(readRadioGroup(page, WHERE, WHO_CAN_TAG)).toMatchObject({ observation: { value: 'none', evidence: `${WHERE} radio "Don't allow tags" checked (accessibility tree)` } });
  });

  it('leaves reworded options unread as a changed page, never taking them for another option', () => {
    const reworded = tagsPage(1, ['Everyone', 'Only people you follow', 'No one']);
    expect(readRadioGroup(reworded, WHERE, WHO_CAN_MENTION)).toMatchObject({ unread: { setting: 'allow_mentions_from', reason: 'page-changed' } });
    // Known options shown, but the chosen one reworded: nothing of the group is checked.
    const partly = tree(radio('Allow tags from everyone', false), radio('Allow tags from people you follow', false), radio('Nobody at all', true));
    expect(readRadioGroup(partly, WHERE, WHO_CAN_TAG)).toMatchObject({ unread: { reason: 'page-changed', detail: expect.stringContaining('could not tell') as unknown } });
  });

  const group = (name: string, ...radios: AxNode[]): AxNode => ({ role: 'group', name, children: radios });

  it('reads the short option labels inside their own question only', () => {
    const page = tree(
      group('Who can tag you', radio('Everyone', false), radio('People you follow', true), radio('Don’t allow tags', false)),
      group('Who can @mention you', radio('Everyone', true), radio('People you follow', false), radio('No one', false)),
    );
    expect(readRadioGroup(page, WHERE, WHO_CAN_TAG)).toMatchObject({ observation: { value: 'following' } });
    expect(readRadioGroup(page, WHERE, WHO_CAN_MENTION)).toMatchObject({ observation: { value: 'everyone' } });
  });

  it('reads options drawn as a list box or a menu of radios', () => {
    const option = (name: string, selected: boolean): AxNode => ({ role: 'option', name, selected } as AxNode);
    const listbox = tree({ role: 'listbox', name: 'Who can tag you', children: [option('Everyone', false), option('No one', true)] });
    expect(readRadioGroup(listbox, WHERE, WHO_CAN_TAG)).toMatchObject({ observation: { value: 'none', evidence: `${WHERE} option "No one" selected (accessibility tree)` } });
    const menu = tree({ role: 'menu', name: 'Allow @mentions from', children: [{ role: 'menuitemradio', name: 'People you follow', checked: true }] });
    expect(readRadioGroup(menu, WHERE, WHO_CAN_MENTION)).toMatchObject({ observation: { value: 'following' } });
  });

  it('reports a chosen option it does not know with its text, as an unrecognised value', () => {
    const page = tree(group('Who can @mention you', radio('Everyone', false), radio('People you follow and your followers', true), radio('No one', false)));
    expect(readRadioGroup(page, WHERE, WHO_CAN_MENTION)).toEqual({ unread: {
      setting: 'allow_mentions_from', reason: 'unrecognised-value',
      detail: 'Instagram shows "Who can @mention you" set to "People you follow and your followers", a choice Chaperone does not know yet.',
    } });
  });

  it('does not match French labels', () => {
    const french = tree(radio('Autoriser les identifications de tout le monde', true), radio('Ne pas autoriser les identifications', false));
    expect(readRadioGroup(french, WHERE, WHO_CAN_TAG)).toMatchObject({ unread: { reason: 'page-changed' } });
  });
});

describe('switches', () => {
  it('reads a switch or a checkbox by its label', () => {
    const page = tree(toggle('Allow sharing to story', false), toggle('Allow sharing to messages', true, 'checkbox'));
    expect(readSwitch(page, WHERE, SHARING_TO_STORY)).toMatchObject({ observation: { setting: 'allow_sharing_to_story', value: false } });
    expect(readSwitch(page, WHERE, SHARING_TO_MESSAGES)).toMatchObject({ observation: { setting: 'allow_sharing_to_messages', value: true, evidence: expect.stringContaining('checkbox "Allow sharing to messages"') as unknown } });
  });

  it('accepts the research\'s variant wording for story sharing', () => {
    const page = tree(toggle('Stories they are mentioned in', true), toggle('Stories in messages', false));
    expect(readSwitch(page, WHERE, SHARING_TO_STORY)).toMatchObject({ observation: { value: true } });
    expect(readSwitch(page, WHERE, SHARING_TO_MESSAGES)).toMatchObject({ observation: { value: false } });
  });

  it('turns "Show activity status" round into presence_disabled, and says so', () => {
    const shown = readSwitch(tree(toggle('Show activity status', true)), WHERE, ACTIVITY_STATUS);
    expect(shown).toMatchObject({ observation: { setting: 'presence_disabled', value: false, evidence: expect.stringContaining('opposite') as unknown } });
    expect(readSwitch(tree(toggle('Show activity status', false)), WHERE, ACTIVITY_STATUS)).toMatchObject({ observation: { value: true } });
  });

  it('reads a toggle button\'s pressed state and a menu checkbox, but not a plain button', () => {
    const page = tree(
      { role: 'button', name: 'Allow sharing to story', pressed: true } as AxNode,
      { role: 'menuitemcheckbox', name: 'Allow sharing to messages', checked: false },
      { role: 'button', name: 'Show activity status' },
    );
    expect(readSwitch(page, WHERE, SHARING_TO_STORY)).toMatchObject({ observation: { value: true, evidence: expect.stringContaining('button "Allow sharing to story"') as unknown } });
    expect(readSwitch(page, WHERE, SHARING_TO_MESSAGES)).toMatchObject({ observation: { value: false } });
    expect(readSwitch(page, WHERE, ACTIVITY_STATUS)).toMatchObject({ unread: { reason: 'page-changed' } });
  });

  it('refuses two switches with the same label', () => {
    const page = tree(toggle('Allow sharing to story', true), toggle('Allow sharing to story', false));
    expect(readSwitch(page, WHERE, SHARING_TO_STORY)).toMatchObject({ unread: { reason: 'page-changed', detail: expect.stringContaining('more than one') as unknown } });
  });
});

describe('the search-engine switch', () => {
  const missing = readSwitch(tree(toggle('Private account', false)), WHERE, SEARCH_ENGINES);

  it('is read when shown', () => {
    const shown = readSwitch(tree(toggle('Allow public photos and videos to appear in search engine results', true)), WHERE, SEARCH_ENGINES);
    expect(searchEngineReading(shown, false, true)).toMatchObject({ observation: { setting: 'public_media_in_search_engines', value: true } });
  });

  it('is explained, not guessed, when Instagram does not offer it', () => {
    expect(searchEngineReading(missing, true, null)).toMatchObject({ unread: { reason: 'not-supported', detail: expect.stringContaining('private account') as unknown } });
    expect(searchEngineReading(missing, false, false)).toMatchObject({ unread: { reason: 'not-supported', detail: expect.stringContaining('professional') as unknown } });
  });

  it('is a changed page when a public professional account does not show it', () => {
    expect(searchEngineReading(missing, false, true)).toMatchObject({ unread: { reason: 'page-changed' } });
    expect(searchEngineReading(missing, null, null)).toMatchObject({ unread: { reason: 'page-changed' } });
  });
});

describe('the settings menu and the profile title', () => {
  it('follows a menu link by its label, on Instagram only', () => {
    const menu = tree(
      { role: 'link', name: 'Tags and mentions', url: 'https://www.instagram.com/accounts/tags_and_mentions/' },
      { role: 'link', name: 'Story and live', url: 'https://evil.example/accounts/story/' },
    );
    expect(menuLinkUrl(menu, TAGS_AND_MENTIONS_LINK, 'https://www.instagram.com/')).toBe('https://www.instagram.com/accounts/tags_and_mentions/');
    expect(menuLinkUrl(menu, STORY_LINK, 'https://www.instagram.com/')).toBeNull();
    expect(menuLinkUrl(tree(), TAGS_AND_MENTIONS_LINK, 'https://www.instagram.com/')).toBeNull();
  });

  it('takes the name from og:title, for that username only', () => {
    expect(nameFromOgTitle('Amina Rahman (@amina.outdoors) • Instagram photos and videos', 'amina.outdoors')).toBe('Amina Rahman');
    expect(nameFromOgTitle('Amina Rahman (@someone.else) • Instagram photos and videos', 'amina.outdoors')).toBeNull();
    expect(nameFromOgTitle('(@amina.outdoors) • Instagram photos and videos', 'amina.outdoors')).toBeNull();
    expect(nameFromOgTitle(null, 'amina.outdoors')).toBeNull();
  });
});

describe('name and handle from a profile header', () => {
  it('takes them apart on two lines, side by side, or in one run of text', () => {
    expect(splitNameAndHandle(['drjsmith', 'Dr J Smith', 'GP'], 'drjsmith')).toEqual({ name: 'Dr J Smith', handleShown: true });
    expect(splitNameAndHandle(['Dr J', '@drjsmith', 'GP'], 'drjsmith')).toEqual({ name: 'Dr J', handleShown: true });
    expect(splitNameAndHandle(['Dr J@drjsmith'], 'drjsmith')).toEqual({ name: 'Dr J', handleShown: true });
    expect(splitNameAndHandle(['Dr J · @drjsmith'], 'drjsmith')).toEqual({ name: 'Dr J', handleShown: true });
  });

  it('does not recognise a header that does not show the handle', () => {
    expect(splitNameAndHandle(['Dr J', '@someoneelse'], 'drjsmith')).toEqual({ name: null, handleShown: false });
  });
});
