/**
 * Nothing passes on an unhealthy LinkedIn session. Each of LinkedIn's notices arrives on an
 * ordinary-looking page (HTTP 200, no redirect) and is drawn by the page's script after load, or
 * sits in the page's embedded Voyager answers as an error: the reader must recognise it before
 * reading anything, name it, and leave every item of the real checklist without a pass or a score.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../main/engine/checklist/model.ts';
import { evaluateAccount } from '../../../main/engine/audit/evaluate.ts';
import type { LinkedInLateGate } from '../../../main/demo/linkedin/index.ts';
import { checklistItemsFor, expectNoPass } from '../../support/variation-checks.ts';
import { LINKEDIN_ACCOUNT, signedInLinkedIn, type SignedInLinkedIn } from './context.ts';

let site: SignedInLinkedIn;
let items: ChecklistItem[];

beforeAll(async () => {
  site = await signedInLinkedIn();
  items = await checklistItemsFor('linkedin');
});
afterAll(() => site.close());
afterEach(() => { site.linkedin.restore(); });

const CASES: [string, LinkedInLateGate, string, RegExp][] = [
  ['"looks automated" restriction', 'automated', 'automation-blocked', /looks automated/],
  ['"very high number of pages" notice', 'rate-limited', 'rate-limited', /limiting how many pages/],
  ['security check', 'challenge', 'challenge', /security check/],
  ['restricted-account notice', 'restricted', 'blocked', /restricted this account/],
  ['rate limit in the embedded Voyager answers (HTTP 429)', 'embedded-429', 'rate-limited', /limiting how many pages/],
];

describe('a LinkedIn session LinkedIn turned away after the page loaded', () => {
  it.each(CASES)('the %s (emulator: %s) gives session %s, no passing item and no score', async (_name, gate, session, detail) => {
    site.linkedin.lateGate(gate);
    const result = await site.audit();
    expect(result.session).toBe(session);
    expect(result.sessionDetail).toMatch(detail);
    expect(result.observations).toEqual([]);
    expect(result.identity).toBeNull();
    expect(result.stranger).toBeNull();
    expectNoPass(result, items, LINKEDIN_ACCOUNT);
  });

  it('says what happened once, and the audit adds what to do once', async () => {
    site.linkedin.lateGate('rate-limited');
    const result = await site.audit();
    const evaluated = evaluateAccount(items, LINKEDIN_ACCOUNT, 'LinkedIn', result);
    const reason = evaluated.find((item) => item.itemId === 'linkedin.connections-hidden')?.reason ?? '';
    expect(reason).toMatch(/limiting how many pages/);
    expect(reason.match(/run the audit again/gi) ?? []).toHaveLength(1);
    expect(reason).not.toMatch(/an hour/);
  });

  it('names the automation gate, never a timeout, when the notice takes 4 s to draw', async () => {
    site.linkedin.vary('automation-gate', 'late-content-slow');
    const result = await site.audit();
    expect(result.session).toBe('automation-blocked');
    expect(result.unread.every((u) => u.reason === 'automation-blocked')).toBe(true);
    expectNoPass(result, items, LINKEDIN_ACCOUNT);
  });
});
