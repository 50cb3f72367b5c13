/**
 * The LinkedIn reader under every variation switch (main/demo/variations.ts): it reports only
 * the values the account holds, says why for anything it did not read, and never passes falsely.
 * Content drawn late, a consent dialog and controls on the Visibility page itself must still be
 * READ, setting for setting, as on the plain page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../main/engine/checklist/model.ts';
import type { PlatformReadResult } from '../../../main/engine/types.ts';
import { VARIATION_NAMES, type Variation } from '../../../main/demo/variations.ts';
import { readerValuesOf, type LinkedInSettings } from '../../../main/demo/linkedin/index.ts';
import { checklistItemsFor, expectNoPass, expectOnlyTrueValues, expectStrangerConcludedNothing } from '../../support/variation-checks.ts';
import { LINKEDIN_ACCOUNT, reasonsOf, signedInLinkedIn, type SignedInLinkedIn } from './context.ts';

/** Not LinkedIn's defaults, so a reader that guessed a default would be caught. */
const ACCOUNT_SETTINGS: Partial<LinkedInSettings> = {
  showPublicProfile: true, fullLastNameShown: true, discloseAsProfileViewer: 'DISCLOSE_ANONYMOUS', allowProfileEditBroadcasts: false,
  connectionsVisible: false, discoverByEmail: 'SECOND_DEGREE', discoverByPhone: 'NOBODY',
};

/** Drawn 4 s late, each of the six pages waits that long: the read takes over 20 s. */
const SLOW_READ_MS = 60_000;

let site: SignedInLinkedIn;
let items: ChecklistItem[];
let baseline: string[];

beforeAll(async () => {
  site = await signedInLinkedIn({ settings: ACCOUNT_SETTINGS });
  items = await checklistItemsFor('linkedin');
  baseline = expectOnlyTrueValues(await site.audit(), truth()).read;
});
afterAll(() => site.close());
afterEach(() => { site.linkedin.restore(); });

function truth(): Record<string, boolean | string> {
  return readerValuesOf(site.linkedin.state.settings);
}

async function auditUnder(...variations: Variation[]): Promise<PlatformReadResult> {
  site.linkedin.vary(...variations);
  return site.audit();
}

describe('the plain page', () => {
  it('reads every setting the reader knows', () => {
    expect(baseline.sort()).toEqual(Object.keys(truth()).sort());
  });
});

describe.each(['late-content', 'late-content-slow', 'consent-dialog', 'inline-controls', 'label-synonyms', 'missing-embedded-data'] as const)(
  'under %s', (variation) => {
    it('reads every setting the plain page reads, each with its true value', async () => {
      const result = await auditUnder(variation);
      expect(result.session).toBe('signed-in');
      expect(expectOnlyTrueValues(result, truth()).read.sort()).toEqual([...baseline].sort());
      expect(result.identity).toMatchObject({ displayName: 'Sam Rivers', handle: 'dr-sam-rivers-4a1b2c' });
    }, SLOW_READ_MS);
  },
);

describe('under inline-controls', () => {
  it('reads connections and discovery from the Visibility page itself, following no link', async () => {
    const before = site.emulators.requestsTo('www.linkedin.com').length;
    const result = await auditUnder('inline-controls');
    const paths = site.emulators.requestsTo('www.linkedin.com').slice(before).map((r) => r.path);
    expect(paths.filter((p) => /connections-visibility|discover-by/.test(p))).toEqual([]);
    const evidence = result.observations.filter((o) => ['connections_visible', 'discoverable_by_email', 'discoverable_by_phone'].includes(o.setting))
      .map((o) => o.evidence);
    expect(evidence).toHaveLength(3);
    for (const e of evidence) expect(e).toMatch(/^www\.linkedin\.com\/mypreferences\/d\/categories\/visibility /);
  });
});

describe('under label-synonyms', () => {
  it('reports the extra option LinkedIn offers as a choice it does not know, with its text', async () => {
    site.linkedin.set({ discoverByPhone: 'FIRST_AND_SECOND_DEGREE' });
    try {
      const result = await auditUnder('label-synonyms');
      expectOnlyTrueValues(result, truth());
      expect(reasonsOf(result)).toMatchObject({ discoverable_by_phone: 'unrecognised-value' });
      expect(result.unread.find((u) => u.setting === 'discoverable_by_phone')?.detail).toContain('"1st and 2nd-degree connections"');
    } finally {
      site.linkedin.set({ discoverByPhone: 'NOBODY' });
    }
  });
});

describe('under automation-gate', () => {
  it('says LinkedIn turned the browser away as automated, never a timeout, and nothing passes', async () => {
    const result = await auditUnder('automation-gate');
    expect(result.session).toBe('automation-blocked');
    expect(Object.values(reasonsOf(result))).not.toContain('timeout');
    expectNoPass(result, items, LINKEDIN_ACCOUNT);
  });
});

describe('under unrecognised-profile', () => {
  it('reads the settings, and the stranger view says it could not check instead of "not visible"', async () => {
    const result = await auditUnder('unrecognised-profile');
    expect(expectOnlyTrueValues(result, truth()).read.sort()).toEqual([...baseline].sort());
    expect(result.stranger).not.toBeNull();
    expectStrangerConcludedNothing(result.stranger);
    expect(result.stranger?.notes.join(' ')).toMatch(/could not check what a stranger sees/);
  });
});

describe.each(['name-handle-one-line', 'profile-no-redirect'] as const)('under %s', (variation) => {
  it('takes the name and the handle apart from LinkedIn\'s own data, and reads the settings', async () => {
    const result = await auditUnder(variation);
    expectOnlyTrueValues(result, truth());
    expect(result.identity).toMatchObject({ displayName: 'Sam Rivers', handle: 'dr-sam-rivers-4a1b2c', workplace: 'Kirkstall Health Centre' });
    expect(result.stranger).toMatchObject({ checked: true, name: 'Sam Rivers' });
  });
});

describe('when LinkedIn no longer says who is signed in', () => {
  it.each([[[]], [['profile-no-redirect']], [['profile-no-redirect', 'name-handle-one-line']]] as Variation[][][])(
    'finds the own profile from /in/me/ (switches: %j) and takes name and address from it, nothing else',
    async (variations) => {
      site.linkedin.dropMe();
      const result = await auditUnder(...variations);
      expect(result.session).toBe('signed-in');
      expectOnlyTrueValues(result, truth());
      expect(result.identity).toMatchObject({
        displayName: 'Sam Rivers', handle: 'dr-sam-rivers-4a1b2c', bio: null, workplace: 'Kirkstall Health Centre', unreadFields: ['bio'],
      });
      expect(result.identity?.evidence).toContain('/in/me/');
      expect(result.stranger).toMatchObject({ checked: true, name: 'Sam Rivers' });
    },
  );
});

describe('every switch', () => {
  it('is covered by this file', () => {
    const covered: Variation[] = ['late-content', 'late-content-slow', 'consent-dialog', 'inline-controls', 'label-synonyms',
      'missing-embedded-data', 'automation-gate', 'unrecognised-profile', 'name-handle-one-line', 'profile-no-redirect'];
    expect([...covered].sort()).toEqual([...VARIATION_NAMES].sort());
  });
});
