/** LinkedIn's page labels and where the browser lands: option ids, radio groups, session verdicts. */
import { describe, expect, it } from 'vitest';
import { findChosenRadio } from '../../../main/engine/platforms/linkedin/read-radios.ts';
import { discoveryOption, PAGE_SETTING_SPECS } from '../../../main/engine/platforms/linkedin/linkedin-labels.ts';
import { sessionProblem } from '../../../main/engine/platforms/linkedin/session-verdict.ts';
import { isSettingsPage } from '../../../main/engine/platforms/linkedin/linkedin-urls.ts';
import type { AxNode } from '../../../main/engine/platforms/read-helpers/read-toggle.ts';

describe('discovery options', () => {
  it.each([
    ['Everyone', 'everyone'], ['Anyone', 'everyone'], ['2nd-degree connections', 'second_degree'],
    ['1st-degree connections', 'first_degree'], ['1st degree connections', 'first_degree'], ['Nobody', 'nobody'], ['No one', 'nobody'],
  ])('maps "%s" to %s', (label, id) => {
    expect(discoveryOption(label)).toBe(id);
  });

  it('does not guess at a label it does not know, or a translation', () => {
    expect(discoveryOption('Members of your groups')).toBeNull();
    expect(discoveryOption('Niemand')).toBeNull();
  });

  it('accepts the research\'s wording variants for each page link, and not another setting\'s', () => {
    const email = PAGE_SETTING_SPECS.find((s) => s.setting === 'discoverable_by_email');
    expect(email?.link.test('Profile discovery using email address')).toBe(true);
    expect(email?.link.test('Profile discovery using your email')).toBe(true);
    expect(email?.link.test('Profile discovery using phone number')).toBe(false);
    const connections = PAGE_SETTING_SPECS.find((s) => s.setting === 'connections_visible');
    expect(connections?.control.test('Connections visibility')).toBe(true);
    expect(connections?.control.test('Follow visibility')).toBe(false);
  });
});

describe('a radio group in the accessibility tree', () => {
  const radio = (name: string, checked: boolean): AxNode => ({ role: 'radio', name, checked });
  const group = (name: string, ...children: AxNode[]): AxNode => ({ role: 'group', name, children });
  const GROUP = /^profile discovery using phone(?: number)?$/i;

  it('gives the one chosen option of the named group', () => {
    const tree: AxNode = { role: 'RootWebArea', name: '', children: [
      group('Profile discovery using email address', radio('Everyone', true)),
      group('Profile discovery using phone number', radio('Everyone', false), radio('Nobody', true)),
    ] };
    expect(findChosenRadio(tree, GROUP)).toEqual({ found: true, label: 'Nobody' });
  });

  it('refuses a missing group, two groups, or none or two options chosen', () => {
    expect(findChosenRadio({ role: 'RootWebArea', name: '' }, GROUP)).toEqual({ found: false, why: 'missing' });
    const twice = group('Profile discovery using phone number', radio('Nobody', true));
    expect(findChosenRadio({ role: 'RootWebArea', name: '', children: [twice, twice] }, GROUP)).toEqual({ found: false, why: 'ambiguous' });
    expect(findChosenRadio(group('Profile discovery using phone number', radio('Nobody', false)), GROUP)).toEqual({ found: false, why: 'none-chosen' });
    expect(findChosenRadio(group('Profile discovery using phone number', radio('Nobody', true), radio('Everyone', true)), GROUP)).toEqual({ found: false, why: 'ambiguous' });
  });
});

describe('where the browser landed', () => {
  const at = (url: string, status = 200, text = ''): ReturnType<typeof sessionProblem> => sessionProblem({ url, status, text });
  const HUB = 'https://www.linkedin.com/mypreferences/d/categories/visibility';

  it('is a session problem for login, authwall, checkpoint, rate limits and a restriction', () => {
    expect(at('https://www.linkedin.com/login?session_redirect=%2Fmypreferences')?.reason).toBe('signed-out');
    expect(at('https://www.linkedin.com/uas/login?session_redirect=x')?.reason).toBe('signed-out');
    expect(at('https://www.linkedin.com/authwall?trk=x')?.reason).toBe('signed-out');
    expect(at('https://www.linkedin.com/checkpoint/challenge/AgH?ut=1')?.state).toBe('challenge');
    expect(at(HUB, 429)?.state).toBe('rate-limited');
    expect(at(HUB, 999)?.state).toBe('rate-limited');
    expect(at(HUB, 200, "It looks like you're visiting a very high number of pages on LinkedIn.")?.state).toBe('rate-limited');
    expect(at(HUB, 403)?.state).toBe('blocked');
    expect(at(HUB, 503)?.reason).toBe('network-error');
  });

  it('reads LinkedIn\'s notices on an ordinary 200 page, automation before the restriction it brings', () => {
    const automated = "Your account has been temporarily restricted. We've noticed activity from your account that looks automated.";
    expect(at(HUB, 200, automated)?.state).toBe('automation-blocked');
    expect(at(HUB, 200, 'We restricted your account because we detected the use of automation tools.')?.state).toBe('automation-blocked');
    expect(at(HUB, 200, "Your account has been restricted. We've restricted your account temporarily because we noticed unusual activity.")?.state).toBe('blocked');
    expect(at(HUB, 200, "Let's do a quick security check")?.state).toBe('challenge');
    // Blocked is not rate limited, and neither carries the audit's own advice.
    expect(at(HUB, 403)?.detail).not.toMatch(/run the audit again|an hour/i);
    expect(at(HUB, 429)?.detail).not.toMatch(/run the audit again|an hour/i);
  });

  it('is nothing for the settings page itself', () => {
    expect(at(HUB)).toBeNull();
  });

  it('follows links only to LinkedIn settings pages, current or legacy', () => {
    expect(isSettingsPage(new URL('https://www.linkedin.com/mypreferences/d/settings/discover-by-email'))).toBe(true);
    expect(isSettingsPage(new URL('https://www.linkedin.com/psettings/connections-visibility'))).toBe(true);
    expect(isSettingsPage(new URL('https://www.linkedin.com/feed/'))).toBe(false);
    expect(isSettingsPage(new URL('https://evil.example/mypreferences/d/settings/x'))).toBe(false);
  });
});
