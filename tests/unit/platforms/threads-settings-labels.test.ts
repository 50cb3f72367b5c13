import { describe, expect, it } from 'vitest';
import { linkedUsername, readMentions, readSwitch } from '../../../main/engine/platforms/threads/ax-read.ts';
import type { AxNode } from '../../../main/engine/platforms/threads/ax-read.ts';
import { FEDIVERSE_CONTROL as FEDIVERSE_SWITCH, ONLINE_CONTROL as ONLINE_SWITCH, PRIVATE_CONTROL as PRIVATE_SWITCH } from '../../../main/engine/platforms/threads/threads-labels.ts';
import { mentionOption } from '../../../main/engine/platforms/threads/threads-settings.ts';

const URL_PRIVACY = 'https://www.threads.com/settings/privacy';

function mentions(options: [string, boolean][], name = 'Mentions'): AxNode {
  return { role: 'radiogroup', name, children: options.map(([label, checked]) => ({ role: 'radio', name: label, checked })) };
}

function page(...children: AxNode[]): AxNode {
  return { role: 'RootWebArea', name: 'Settings • Threads', children };
}

describe('Mentions option wordings', () => {
  it('maps the known wordings and their variants to stable ids', () => {
    expect(['Everyone', 'Anyone', 'Profiles you follow', 'People you follow', 'No one', 'Nobody', "Don't allow mentions"].map(mentionOption))
      .toEqual(['everyone', 'everyone', 'following', 'following', 'no_one', 'no_one', 'no_one']);
  });

  it('does not guess at an unknown wording', () => {
    expect(mentionOption('Close friends')).toBeNull();
    expect(mentionOption('Everyone except followers')).toBeNull();
  });
});

describe('reading the Privacy page\'s accessibility tree', () => {
  it('reads the checked Mentions radio with its evidence', () => {
    const reading = readMentions(page(mentions([['Everyone', false], ['Profiles you follow', true], ['No one', false]])), URL_PRIVACY, 'now');
    expect(reading).toEqual({ observation: {
      setting: 'mentions', value: 'following', source: 'accessibility-tree', readAt: 'now',
      evidence: 'www.threads.com/settings/privacy radio group "Mentions", checked radio "Profiles you follow" (accessibility tree)',
    } });
  });

  it('refuses an unknown option, a group with nothing or two things checked, and a missing group', () => {
    const reason = (tree: AxNode): string | null => { const r = readMentions(tree, URL_PRIVACY, 'now'); return 'unread' in r ? r.unread.detail : null; };
    const unknown = readMentions(page(mentions([['Close friends', true], ['No one', false]])), URL_PRIVACY, 'now');
    expect(unknown).toEqual({ unread: { setting: 'mentions', reason: 'unrecognised-value', detail: 'Threads\' "Mentions" setting shows "Close friends", a choice Chaperone does not recognise.' } });
    expect(reason(page(mentions([['Everyone', false], ['No one', false]])))).toMatch(/did not show one selected option/);
    expect(reason(page(mentions([['Everyone', true], ['No one', true]])))).toMatch(/did not show one selected option/);
    expect(reason(page(mentions([['Everyone', true]], 'Tags')))).toMatch(/could not find the "Mentions" setting/);
  });

  it('reads switches by label, tolerating the wordings the research lists', () => {
    const tree = page(
      { role: 'switch', name: 'Private profile', checked: true },
      { role: 'switch', name: 'Show online status', checked: false },
      { role: 'switch', name: 'Fediverse sharing', checked: true },
    );
    const values = [PRIVATE_SWITCH, ONLINE_SWITCH, FEDIVERSE_SWITCH].map((s) => {
      const r = readSwitch(tree, URL_PRIVACY, s, 'now');
      return 'observation' in r ? r.observation.value : r.unread.reason;
    });
    expect(values).toEqual([true, false, true]);
  });

  it('reads a setting whatever kind of control draws it: checkbox, pressed button, on/off select, Mentions as a select', () => {
    const tree = page(
      { role: 'checkbox', name: 'Private profile', checked: false },
      { role: 'button', name: 'Online status', pressed: true },
      { role: 'combobox', name: 'Fediverse sharing', value: 'Off' },
      { role: 'combobox', name: 'Allow mentions from', value: 'People you follow' },
    );
    const values = [PRIVATE_SWITCH, ONLINE_SWITCH, FEDIVERSE_SWITCH].map((s) => {
      const r = readSwitch(tree, URL_PRIVACY, s, 'now');
      return 'observation' in r ? r.observation.value : r.unread.reason;
    });
    expect(values).toEqual([false, true, false]);
    expect(readMentions(tree, URL_PRIVACY, 'now')).toMatchObject({ observation: { value: 'following', evidence: 'www.threads.com/settings/privacy combobox "Allow mentions from", chosen "People you follow" (accessibility tree)' } });
    // A plain button without a pressed state says nothing about the setting.
    const plain = readSwitch(page({ role: 'button', name: 'Online status' }), URL_PRIVACY, ONLINE_SWITCH, 'now');
    expect('unread' in plain ? plain.unread.reason : null).toBe('page-changed');
  });

  it('leaves a renamed or doubled switch unread as page-changed', () => {
    const renamed = readSwitch(page({ role: 'switch', name: 'Activity indicator', checked: true }), URL_PRIVACY, ONLINE_SWITCH, 'now');
    expect(renamed).toEqual({ unread: { setting: 'online_status', reason: 'page-changed', detail: 'Chaperone could not find the "Online status" setting on Threads\' www.threads.com/settings/privacy page.' } });
    const doubled = readSwitch(page({ role: 'switch', name: 'Online status', checked: true }, { role: 'switch', name: 'Activity status', checked: false }), URL_PRIVACY, ONLINE_SWITCH, 'now');
    expect('unread' in doubled ? doubled.unread.detail : '').toMatch(/found more than one/);
  });

  it('takes the username from the only profile the page links to', () => {
    const link = (url: string): AxNode => ({ role: 'link', name: 'Profile', url });
    expect(linkedUsername(page(link('https://www.threads.com/@amina.outdoors'), link('https://www.threads.com/settings')))).toBe('amina.outdoors');
    expect(linkedUsername(page(link('https://www.threads.com/@a'), link('https://www.threads.com/@b')))).toBeNull();
    expect(linkedUsername(page(link('https://www.threads.com/@amina.outdoors/post/C1')))).toBeNull();
  });
});
