/**
 * The Threads reader under every variation switch (main/demo/variations.ts) and every unhealthy
 * session drawn late by script: it reads each setting correctly or says why not, and nothing
 * passes, the name item included, on a session Threads did not serve.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../main/engine/checklist/model.ts';
import { identityObservations } from '../../../main/engine/identity/index.ts';
import { createThreadsReader, threadsReader } from '../../../main/engine/platforms/threads/index.ts';
import type { PlatformReadResult, SessionState, SettingValue } from '../../../main/engine/types.ts';
import type { RunningEmulators } from '../../../main/demo/harness.ts';
import type { ThreadsEmulator, ThreadsMode } from '../../../main/demo/threads/index.ts';
import { VARIATION_NAMES } from '../../../main/demo/variations.ts';
import type { Variation } from '../../../main/demo/variations.ts';
import { readOnce } from '../../support/reader-context.ts';
import { checklistItemsFor, expectNoPass, expectOnlyTrueValues, expectStrangerConcludedNothing } from '../../support/variation-checks.ts';
import { signedInThreads, THREADS_ACCOUNT, type SignedInThreads } from './context.ts';

let site: SignedInThreads;
let threads: ThreadsEmulator;
let emulators: RunningEmulators;
let browser: Browser;
let items: ChecklistItem[];
let baseline: string[];

/** Not Threads' defaults, so that a reader reporting defaults would be caught. */
const VALUES = { text_post_app_is_private: false, mentions: 'following', online_status: false, fediverse_sharing: true } as const;

/** What the emulator holds, in the reader's values. */
function truth(): Record<string, SettingValue> {
  return { ...threads.state.settings };
}

async function audit(reader = threadsReader): Promise<PlatformReadResult> {
  const result = await readOnce(browser, reader, { account: THREADS_ACCOUNT, hosts: threadsReader.hosts, stepTimeoutMs: 30_000 });
  // As the runner does: what the identity says becomes the name item's observations.
  if (result.identity === null) return result;
  const profile = { registeredName: 'Sam Rivers', profession: 'doctor', regulator: 'GMC' } as const;
  return { ...result, observations: [...result.observations, ...identityObservations(result.identity, profile, new Date().toISOString())] };
}

beforeAll(async () => {
  site = await signedInThreads();
  ({ threads, emulators, browser } = site);
  items = await checklistItemsFor('threads');
  threads.set(VALUES);
  baseline = expectOnlyTrueValues(await audit(), truth()).read;
}, 60_000);

afterAll(() => site.close());

afterEach(() => {
  threads.restore();
  threads.set(VALUES);
  expect(emulators.errors).toEqual([]);
});

describe('the plain page, for comparison', () => {
  it('reads every setting', () => {
    expect(baseline.sort()).toEqual([...threadsReader.settings].sort());
  });
});

describe.each(VARIATION_NAMES)('under the %s variation', (variation: Variation) => {
  it('reports only true values, and a reason for anything it could not read', async () => {
    threads.vary(variation);
    const result = await audit();
    if (variation === 'automation-gate') {
      expect(result.session).toBe('automation-blocked');
      expect(result.unread.map((u) => u.reason)).not.toContain('timeout');
      expectNoPass(result, items, THREADS_ACCOUNT);
      return;
    }
    const { read } = expectOnlyTrueValues(result, truth());
    expect(result.session).toBe('signed-in');
    if (variation === 'late-content' || variation === 'late-content-slow' || variation === 'consent-dialog') {
      expect(read.sort()).toEqual([...baseline].sort());
      // A stranger's view waits for the posts: a public profile's two posts, never "no posts".
      expect(result.stranger).toMatchObject({ checked: true, postsVisible: 2 });
    }
    if (variation === 'unrecognised-profile') {
      expectStrangerConcludedNothing(result.stranger);
      expect(result.stranger?.notes).toEqual(['Chaperone could not check what a stranger sees: Threads showed a page Chaperone does not recognise as your profile.']);
    } else {
      expect(result.identity).toMatchObject({ displayName: 'Dr Sam Rivers', handle: 'dr.sam.rivers' });
    }
    if (variation === 'inline-controls' || variation === 'label-synonyms' || variation === 'missing-embedded-data'
      || variation === 'profile-no-redirect' || variation === 'name-handle-one-line') {
      expect(read.sort()).toEqual([...baseline].sort());
    }
  });
});

describe('unhealthy sessions whose message Threads draws after the page has loaded', () => {
  const cases: [ThreadsMode, SessionState][] = [
    ['rate-limited-late', 'rate-limited'],
    ['rate-limited-embedded', 'rate-limited'],
    ['blocked-late', 'blocked'],
    ['challenge-late', 'challenge'],
    ['automation-gate', 'automation-blocked'],
  ];
  it.each(cases)('%s: session %s, no identity from the viewer\'s stub, no score, nothing passes', async (mode, state) => {
    threads.setMode(mode);
    const result = await audit();
    expect(result.session).toBe(state);
    expect(result.identity).toBeNull();
    expect(result.observations).toEqual([]);
    expectNoPass(result, items, THREADS_ACCOUNT);
  });
});

describe('the app\'s shell with only the viewer\'s stub, and nothing drawn', () => {
  it('is not taken for a signed-in account: no identity from the stub, no score, nothing passes', async () => {
    threads.setMode('shell-only');
    const result = await audit(createThreadsReader({ waitMs: 20_000, controlsWaitMs: 1_000 }));
    expect(result.session).toBe('unknown');
    expect(result.sessionDetail).toBe('Chaperone did not recognise Threads\' settings page or your profile, so it could not tell whether it is logged in to your account.');
    expect(result.identity).toBeNull();
    expectNoPass(result, items, THREADS_ACCOUNT);
  });
});

describe('controls drawn as another kind: a pressed button, a plain checkbox, a select', () => {
  it('reads every setting by role and name all the same', async () => {
    threads.drawControls('mixed');
    threads.set({ text_post_app_is_private: true, mentions: 'no_one', online_status: true, fediverse_sharing: false });
    const { read } = expectOnlyTrueValues(await audit(), truth());
    expect(read.sort()).toEqual([...baseline].sort());
  });
});

describe('an option the reader does not know', () => {
  it('is reported as unrecognised, with its words', async () => {
    threads.vary('label-synonyms');
    threads.set({ mentions: 'mutual' });
    const result = await audit();
    expect(result.unread).toEqual([{ setting: 'mentions', reason: 'unrecognised-value', detail: 'Threads\' "Mentions" setting shows "Followers you follow back", a choice Chaperone does not recognise.' }]);
  });
});

describe('no embedded data, with name and handle on one line', () => {
  it('reads name and handle from the screen, apart, and leaves the bio unread', async () => {
    threads.vary('missing-embedded-data', 'name-handle-one-line');
    const result = await audit();
    expect(result.identity).toMatchObject({ displayName: 'Dr Sam Rivers', handle: 'dr.sam.rivers', bio: null, unreadFields: ['bio'], source: 'accessibility-tree' });
    expectOnlyTrueValues(result, truth());
  });
});
