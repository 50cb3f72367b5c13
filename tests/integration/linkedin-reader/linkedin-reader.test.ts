/**
 * The LinkedIn reader in real Chromium against the LinkedIn emulator: what the user sees when the
 * session is signed out, challenged, restricted, rate limited or slow, when LinkedIn changes its
 * page or drops a field, when it is shown in German, and what a stranger sees.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { linkedinReader } from '../../../main/engine/platforms/linkedin/index.ts';
import type { PlatformReadResult } from '../../../main/engine/types.ts';
import { SETTINGS_SLUGS } from '../../../main/demo/linkedin/index.ts';
import { reasonsOf, signedInLinkedIn, valuesOf, type SignedInLinkedIn } from './context.ts';
import { expectNothingRead } from '../../support/reader-results.ts';

let site: SignedInLinkedIn;

beforeAll(async () => { site = await signedInLinkedIn(); });
afterAll(() => site.close());
afterEach(() => {
  site.linkedin.restore();
  site.linkedin.loginWall(false);
  site.linkedin.denyStrangers(false);
});

const PAGE_KEYS = ['connections_visible', 'discoverable_by_email', 'discoverable_by_phone'];

describe('a signed-in LinkedIn member with a public profile', () => {
  let result: PlatformReadResult;
  let pageLoads: number;

  beforeAll(async () => {
    // Page loads: documents that answered (a redirect is part of the load it leads to).
    const documents = (): number => site.emulators.requestsTo('www.linkedin.com')
      .filter((r) => !r.path.startsWith('/voyager/') && r.status !== 301).length;
    const before = documents();
    result = await site.audit();
    pageLoads = documents() - before;
  });

  it('reads the privacy settings from the embedded data and the rest from their pages, in six page loads', () => {
    expect(result.session).toBe('signed-in');
    expect(result.sessionDetail).toBe('Signed in to LinkedIn as Sam Rivers.');
    expect(result.unread).toEqual([]);
    expect(valuesOf(result)).toEqual({
      showPublicProfile: true, fullLastNameShown: true, discloseAsProfileViewer: 'disclose_full', allowProfileEditBroadcasts: true,
      connections_visible: true, discoverable_by_email: 'everyone', discoverable_by_phone: 'everyone',
    });
    const sources = Object.fromEntries(result.observations.map((o) => [o.setting, o.source]));
    expect(sources).toMatchObject({ showPublicProfile: 'embedded-json', connections_visible: 'accessibility-tree', discoverable_by_phone: 'accessibility-tree' });
    expect(result.observations.find((o) => o.setting === 'fullLastNameShown')?.evidence)
      .toBe('www.linkedin.com/voyager/api/identity/dash/profilePrivacySettings (embedded datalet) field fullLastNameShown');
    // The hub's link went to the 2019 address, which LinkedIn redirects: the reader followed it.
    expect(result.observations.find((o) => o.setting === 'connections_visible')?.evidence)
      .toBe('www.linkedin.com/mypreferences/d/settings/connections-visibility switch "Connection visibility" (accessibility tree)');
    // Settings hub, three settings pages, the member's own profile, the public profile.
    expect(pageLoads).toBe(6);
  });

  it('reads name, vanity name and headline from /voyager/api/me, and the current company from the profile', () => {
    expect(result.identity).toMatchObject({
      displayName: 'Sam Rivers', handle: 'dr-sam-rivers-4a1b2c', bio: 'GP at Kirkstall Health Centre',
      workplace: 'Kirkstall Health Centre', unreadFields: [], source: 'embedded-json',
    });
    expect(result.identity?.evidence).toContain('voyager/api/me (embedded datalet)');
  });

  it('shows what a stranger sees of the public profile: name, headline, workplace and posts, but no connections list', () => {
    expect(result.stranger).toMatchObject({
      url: 'https://www.linkedin.com/in/dr-sam-rivers-4a1b2c/', checked: true, loginWall: false, profileVisible: true,
      name: 'Sam Rivers', bio: 'GP at Kirkstall Health Centre', workplace: 'Kirkstall Health Centre',
      location: 'Leeds, England, United Kingdom', connectionsVisible: false, postsVisible: 2,
    });
    expect(result.stranger?.notes).toEqual(expect.arrayContaining([
      'Your headline is visible to anyone, without signing in.',
      'A stranger can see 2 of your posts without signing in.',
      'A stranger can see how many connections you have (312), but not who they are.',
      'Chaperone opened your public profile without signing in, as anyone on the web would see it.',
    ]));
  });
});

describe('when the settings cannot be read', () => {
  it('says signed out, with no observations, when LinkedIn has ended the session', async () => {
    site.linkedin.signOut();
    try {
      const result = await site.audit();
      expectNothingRead(linkedinReader, result, 'signed-out', 'signed-out');
      // What happened, once: the audit adds what to do (sign in again), so the reader does not.
      expect(result.sessionDetail).toBe("Chaperone's browser is not signed in to LinkedIn.");
    } finally {
      await site.browser.setCookie(...site.linkedin.issueSessionCookies());
    }
  });

  it('says signed out when the browser was never signed in', async () => {
    const neverSignedIn = await site.browser.createBrowserContext();
    try {
      expectNothingRead(linkedinReader, await site.audit({ signedIn: neverSignedIn }), 'signed-out', 'signed-out');
    } finally {
      await neverSignedIn.close();
    }
  });

  it('says LinkedIn wants a security check at /checkpoint/challenge', async () => {
    site.linkedin.challenge();
    expectNothingRead(linkedinReader, await site.audit(), 'challenge', 'challenge');
  });

  it('says the account is restricted when LinkedIn shows its restricted-account page', async () => {
    site.linkedin.block();
    const result = await site.audit();
    expectNothingRead(linkedinReader, result, 'blocked', 'blocked');
    expect(result.sessionDetail).toMatch(/restricted/);
  });

  it.each([429, 999] as const)('says LinkedIn is rate limiting when it answers %i', async (status) => {
    site.linkedin.rateLimit(status);
    expectNothingRead(linkedinReader, await site.audit(), 'rate-limited', 'rate-limited');
  });

  it('says LinkedIn took too long when the page outlasts the step', async () => {
    site.linkedin.slow(4_000);
    expectNothingRead(linkedinReader, await site.audit({ stepTimeoutMs: 1_000 }), 'unknown', 'timeout');
  });
});

describe('when LinkedIn changes what it sends', () => {
  it('reports a field LinkedIn no longer sends, and a page it moved, for those settings only', async () => {
    site.linkedin.dropField('allowProfileEditBroadcasts');
    site.linkedin.removePage(SETTINGS_SLUGS.phone);
    const result = await site.audit();
    expect(result.session).toBe('signed-in');
    expect(result.unread).toEqual([
      // Named as LinkedIn's page names it, never by its internal field name.
      { setting: 'allowProfileEditBroadcasts', reason: 'field-missing', detail: 'LinkedIn no longer sends the "Share profile updates with your network" setting in its privacy settings data.' },
      { setting: 'discoverable_by_phone', reason: 'page-changed', detail: expect.stringContaining('HTTP 404') as unknown },
    ]);
    expect(result.observations).toHaveLength(linkedinReader.settings.length - 2);
    expect(result.identity?.unreadFields).toEqual([]);
  });

  it('after a redesign, reads what it still can and says the rest changed', async () => {
    site.linkedin.set({ discloseAsProfileViewer: 'HIDE', discoverByEmail: 'NOBODY' });
    site.linkedin.changeMarkup();
    try {
      const result = await site.audit();
      expect(result.session).toBe('signed-in');
      // No datalets any more: the privacy settings come from the page's own Voyager request.
      expect(valuesOf(result)).toEqual({
        showPublicProfile: true, fullLastNameShown: true, discloseAsProfileViewer: 'hide', allowProfileEditBroadcasts: true,
        discoverable_by_email: 'nobody', discoverable_by_phone: 'everyone',
      });
      expect(result.observations.find((o) => o.setting === 'showPublicProfile')).toMatchObject({
        source: 'json-endpoint', evidence: expect.stringContaining("the page's own request") as unknown,
      });
      // The connections switch was reworded; who is signed in is asked from inside the page.
      expect(reasonsOf(result)).toEqual({ connections_visible: 'page-changed' });
      expect(result.identity).toMatchObject({ displayName: 'Sam Rivers', handle: 'dr-sam-rivers-4a1b2c', source: 'json-endpoint' });
      expect(result.identity?.evidence).toContain('voyager/api/me (a request from the page)');
    } finally {
      site.linkedin.set({ discloseAsProfileViewer: 'DISCLOSE_FULL', discoverByEmail: 'EVERYONE' });
    }
  });

  it('in German, still reads the settings data and the name, and does not match labels', async () => {
    site.linkedin.setLanguage('de');
    const result = await site.audit();
    expect(valuesOf(result)).toEqual({ showPublicProfile: true, fullLastNameShown: true, discloseAsProfileViewer: 'disclose_full', allowProfileEditBroadcasts: true });
    expect(reasonsOf(result)).toEqual(Object.fromEntries(PAGE_KEYS.map((k) => [k, 'locale-unsupported'])));
    // The language is named; the advice to switch to English is the audit's, not repeated here.
    expect(result.unread[0]?.detail).toMatch(/de-DE/);
    expect(result.unread[0]?.detail).not.toMatch(/switch/i);
    // The name comes from data; the company button's wording is English only, so it stays unread.
    expect(result.identity).toMatchObject({ displayName: 'Sam Rivers', bio: 'GP at Kirkstall Health Centre', workplace: null, unreadFields: ['workplace'] });
  });
});

describe('what a stranger sees', () => {
  it('of a locked-down profile is the sign-in wall, with a word on search engines', async () => {
    site.linkedin.set({ showPublicProfile: false });
    try {
      const result = await site.audit();
      expect(valuesOf(result)).toMatchObject({ showPublicProfile: false });
      expect(result.stranger).toMatchObject({ loginWall: true, profileVisible: false, name: null, workplace: null, postsVisible: null, connectionsVisible: null });
      expect(result.stranger?.notes).toEqual([
        'LinkedIn asked a stranger to sign in before showing your profile.',
        expect.stringMatching(/^Search engines follow your public profile setting, not this sign-in wall/) as unknown,
      ]);
    } finally {
      site.linkedin.set({ showPublicProfile: true });
    }
  });

  it('is reported as not checked when LinkedIn refuses guests with 999, the settings still read', async () => {
    site.linkedin.denyStrangers();
    const result = await site.audit();
    expect(result.stranger).toMatchObject({ checked: false, loginWall: false, profileVisible: false, name: null });
    expect(result.stranger?.notes).toEqual([expect.stringMatching(/could not check what a stranger sees: LinkedIn refused .*HTTP 999/) as unknown]);
    expect(result.session).toBe('signed-in');
    expect(result.observations).toHaveLength(linkedinReader.settings.length);
  });
});
