import { describe, expect, it } from 'vitest';
import { findAxNodes, findToggle } from '../../../main/engine/platforms/read-helpers/read-toggle.ts';
import type { AxNode } from '../../../main/engine/platforms/read-helpers/read-toggle.ts';

/** Shaped like `page.accessibility.snapshot({ interestingOnly: false })` of X's contacts page. */
function contactsPageTree(emailChecked: boolean | 'mixed'): AxNode {
  return { role: 'RootWebArea', name: 'Discoverability and contacts / X', children: [
    { role: 'link', name: 'Profile', url: 'https://x.com/dr_jane_doe' },
    { role: 'main', name: '', children: [
      { role: 'heading', name: 'Discoverability and contacts' },
      { role: 'LabelText', name: '', children: [{ role: 'StaticText', name: 'Let people who have your email address find you on X' }] },
      { role: 'checkbox', name: 'Let people who have your email address find you on X', checked: emailChecked },
      { role: 'checkbox', name: 'Let people who have your phone number find you on X', checked: false },
    ] },
  ] };
}

describe('finding a toggle by role and label', () => {
  it('reads the checked state of the one control whose label matches', () => {
    expect(findToggle(contactsPageTree(true), { role: ['checkbox', 'switch'], name: /email address find you/i }))
      .toEqual({ found: true, checked: true, role: 'checkbox', name: 'Let people who have your email address find you on X' });
    expect(findToggle(contactsPageTree(true), { role: ['checkbox'], name: /phone number find you/i }))
      .toMatchObject({ found: true, checked: false });
  });

  it('ignores text with the same words that is not a control', () => {
    const onlyLabel: AxNode = { role: 'RootWebArea', children: [{ role: 'StaticText', name: 'Let people who have your email address find you on X' }] };
    expect(findToggle(onlyLabel, { role: ['checkbox'], name: /email address/i })).toEqual({ found: false, why: 'missing' });
  });

  it('refuses to guess between two matches or to read a mixed state', () => {
    expect(findToggle(contactsPageTree(true), { role: ['checkbox'], name: /find you on X/ })).toEqual({ found: false, why: 'ambiguous' });
    expect(findToggle(contactsPageTree('mixed'), { role: ['checkbox'], name: /email address/ })).toEqual({ found: false, why: 'no-state' });
    expect(findToggle(null, { role: ['checkbox'], name: /./ })).toEqual({ found: false, why: 'missing' });
  });

  it('walks the tree in document order', () => {
    expect(findAxNodes(contactsPageTree(false), (n) => n.role === 'checkbox').map((n) => n.name))
      .toEqual(['Let people who have your email address find you on X', 'Let people who have your phone number find you on X']);
  });
});
