/**
 * The Instagram reader under every variation switch (main/demo/variations.ts): it reads each
 * setting correctly or says why not, never passes falsely, and concludes nothing from a page it
 * did not recognise. The account is a public professional one (the kind with every switch), with
 * settings that are not Instagram's defaults.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInstagramReader } from '../../../main/engine/platforms/instagram/index.ts';
import type { ChecklistItem } from '../../../main/engine/checklist/model.ts';
import type { PlatformReadResult, SettingValue } from '../../../main/engine/types.ts';
import type { InstagramEmulator } from '../../../main/demo/instagram/index.ts';
import { VARIATION_NAMES, type Variation } from '../../../main/demo/variations.ts';
import { checklistItemsFor, expectNoPass, expectOnlyTrueValues, expectStrangerConcludedNothing } from '../../support/variation-checks.ts';
import { INSTAGRAM_ACCOUNT, readAccount, signedInInstagram, type SignedInInstagram } from './context.ts';

let site: SignedInInstagram;
let instagram: InstagramEmulator;
let browser: Browser;
let items: ChecklistItem[];

const BIO = 'GP in Leeds. Running, allotment, bad puns. Views my own.';

beforeAll(async () => {
  site = await signedInInstagram({
    account: { is_professional: true, category_name: 'Doctor' },
    settings: {
      public_media_in_search_engines: false, allow_tags_from: 'following', usertag_review_enabled: true, allow_mentions_from: 'none',
      presence_disabled: true, allow_sharing_to_story: false, chaining_enabled: false,
    },
  });
  ({ instagram, browser } = site);
  items = await checklistItemsFor('instagram');
});
afterAll(() => site.close());

/** Long enough for content drawn 4 s late; the step timeout is the runner's own. */
const reader = createInstagramReader({ waitMs: 8_000, graceMs: 1_500 });

/** What the emulator holds, in the reader's values. */
function truth(): Record<string, SettingValue> {
  return { ...instagram.state.settings };
}

function documents(): number {
  return site.emulators.requestsTo('www.instagram.com').filter((r) => !r.path.startsWith('/api/') && r.path !== '/favicon.ico').length;
}

async function readUnder(variation: Variation | null): Promise<{ result: PlatformReadResult; pageLoads: number }> {
  instagram.restore();
  if (variation !== null) instagram.vary(variation);
  const before = documents();
  try {
    const result = await readAccount(browser, reader, { stepTimeoutMs: 30_000 });
    return { result, pageLoads: documents() - before };
  } finally {
    instagram.restore();
    expect(site.emulators.errors).toEqual([]);
  }
}

let baseline: { read: string[]; result: PlatformReadResult; pageLoads: number };

beforeAll(async () => {
  const { result, pageLoads } = await readUnder(null);
  baseline = { ...expectOnlyTrueValues(result, truth()), result, pageLoads };
});

describe('the plain page', () => {
  it('reads every setting, the identity and the stranger view', () => {
    expect(baseline.read.sort()).toEqual(Object.keys(truth()).sort());
    expect(baseline.result.session).toBe('signed-in');
    expect(baseline.result.identity).toMatchObject({ displayName: 'Dr Sam Rivers', handle: 'drsamrivers', bio: BIO, workplace: 'Doctor' });
    expect(baseline.result.stranger).toMatchObject({ checked: true, name: 'Dr Sam Rivers', bio: BIO, postsVisible: 3 });
  });
});

describe.each(VARIATION_NAMES)('under "%s"', (variation) => {
  let result: PlatformReadResult;
  let pageLoads: number;

  beforeAll(async () => {
    ({ result, pageLoads } = await readUnder(variation));
  });

  it('reports only true values, and a reason for every setting it did not read', () => {
    if (variation === 'automation-gate') {
      expect(result.observations).toEqual([]);
      return;
    }
    const { read } = expectOnlyTrueValues(result, truth());
    // Every switch here can be read from the screen: nothing the plain page reads is lost.
    expect(read.sort()).toEqual([...baseline.read].sort());
  });

  it('says what happened, with nothing passing on a session it turned away', () => {
    if (variation === 'automation-gate') {
      expect(result.session).toBe('automation-blocked');
      expect(result.sessionDetail).toMatch(/automated behaviour/);
      expectNoPass(result, items, INSTAGRAM_ACCOUNT);
      return;
    }
    expect(result.session).toBe('signed-in');
  });

  it('takes name and handle apart, and the stranger view only from a page it recognised', () => {
    if (variation === 'automation-gate') {
      expect(result.identity).toBeNull();
      expect(result.stranger).toBeNull();
      return;
    }
    expect(result.identity).toMatchObject({ displayName: 'Dr Sam Rivers', handle: 'drsamrivers', bio: BIO });
    if (variation === 'unrecognised-profile') {
      expectStrangerConcludedNothing(result.stranger);
      expect(result.stranger?.notes.join(' ')).toMatch(/did not look like a profile Chaperone knows/);
      return;
    }
    // The bio is on the page's header whether or not Instagram's data for it came.
    expect(result.stranger).toMatchObject({ checked: true, profileVisible: true, name: 'Dr Sam Rivers', bio: BIO, postsVisible: 3 });
    expect(result.stranger?.notes).toContain('Your bio is visible to anyone, without signing in.');
  });

  if (variation === 'inline-controls') {
    it('reads the controls on the settings page itself, without following links', () => {
      expect(pageLoads).toBeLessThan(baseline.pageLoads);
    });
  }
  if (variation === 'missing-embedded-data') {
    it('reads the identity from the profile the page links to', () => {
      expect(result.identity).toMatchObject({ source: 'visible-text', unreadFields: ['workplace'] });
    });
  }
});
