import { describe, expect, it } from 'vitest';
import { evaluateAccount } from '../../../main/engine/audit/evaluate.ts';
import { scoreItems } from '../../../main/shared/score.ts';
import { checkItem, observed, personalX, professionalX, questionItem, signedInRead } from '../../fixtures/checklist-fixtures.ts';

const protectedPosts = checkItem('x.protected', 'protected', [true], { appliesTo: ['personal'] });
const tagging = checkItem('x.tagging', 'allow_media_tagging', ['none', 'following'], { severity: 'medium' });

describe('evaluating observations against checklist items', () => {
  it('passes only a value the checklist accepts, read in this run', () => {
    const [pass, fail] = [
      evaluateAccount([tagging], personalX, 'X', signedInRead([observed('allow_media_tagging', 'following')])),
      evaluateAccount([tagging], personalX, 'X', signedInRead([observed('allow_media_tagging', 'all')])),
    ];
    expect(pass[0]?.status).toBe('pass');
    expect(pass[0]?.observed?.value).toBe('following');
    expect(fail[0]?.status).toBe('fail');
  });

  it('makes a setting that was not read unknown, with the reason and a way to check by hand', () => {
    const [item] = evaluateAccount([protectedPosts], personalX, 'X', signedInRead([], {
      unread: [{ setting: 'protected', reason: 'field-missing', detail: 'settings.json had no "protected"' }],
    }));
    expect(item?.status).toBe('unknown');
    expect(item?.unreadReason).toBe('field-missing');
    expect(item?.reason).toBe('settings.json had no "protected"');
    expect(item?.manualCheck).toBe('Look at protected by hand.');
  });

  it('never passes on a signed-out, challenged or rate-limited session, even if a reader returned values', () => {
    for (const session of ['signed-out', 'challenge', 'rate-limited', 'blocked', 'unknown'] as const) {
      const [item] = evaluateAccount([protectedPosts], personalX, 'X',
        signedInRead([observed('protected', true)], { session, sessionDetail: `Session is ${session}.` }));
      expect(item?.status, session).toBe('unknown');
    }
  });

  it('gives the session reason to every item when signed out', () => {
    const [item] = evaluateAccount([tagging], personalX, 'X', signedInRead([], { session: 'signed-out', sessionDetail: 'X sent the browser to its login page.' }));
    expect(item?.unreadReason).toBe('signed-out');
    expect(item?.reason).toBe('X sent the browser to its login page. Sign in again from Chaperone, then run the audit again.');
  });

  it('explains in plain words when the reader gave no detail', () => {
    const [item] = evaluateAccount([protectedPosts], personalX, 'X', signedInRead([]));
    expect(item).toMatchObject({ status: 'unknown', unreadReason: 'not-read', reason: 'Chaperone did not find this setting on X.' });
  });

  it('marks items for the other kind of account as not applicable', () => {
    const [item] = evaluateAccount([protectedPosts], professionalX, 'X', signedInRead([observed('protected', false)]));
    expect(item?.status).toBe('not-applicable');
    expect(item?.reason).toContain('personal');
  });

  it('applies a conditional item only when its condition holds, and is unknown when the condition was not read', () => {
    const nameRule = checkItem('common.name', 'identity.registered-name-shown', [true], {
      when: { setting: 'identity.presents-as-health-professional', expect: [true], otherwise: 'You do not present as a health professional here.' },
    });
    const presents = (value: boolean) => observed('identity.presents-as-health-professional', value);
    const shown = observed('identity.registered-name-shown', false);
    expect(evaluateAccount([nameRule], personalX, 'X', signedInRead([presents(true), shown]))[0]?.status).toBe('fail');
    expect(evaluateAccount([nameRule], personalX, 'X', signedInRead([presents(false), shown]))[0])
      .toMatchObject({ status: 'not-applicable', reason: 'You do not present as a health professional here.' });
    expect(evaluateAccount([nameRule], personalX, 'X', signedInRead([shown]))[0]?.status).toBe('unknown');
  });

  it('prefers the most robust source when two readers saw the same setting', () => {
    const [item] = evaluateAccount([protectedPosts], personalX, 'X', signedInRead([
      observed('protected', false, 'visible-text'), observed('protected', true, 'json-endpoint'),
    ]));
    expect(item?.observed?.source).toBe('json-endpoint');
    expect(item?.status).toBe('pass');
  });

  it('asks a question whose condition could not be read, and not when the condition is read and fails', () => {
    const question = { ...questionItem('common.says-who'), when: [{ setting: 'identity.registered-name-shown', expect: [false], otherwise: 'Your name is shown.' }] };
    expect(evaluateAccount([question], personalX, 'X', signedInRead([]))[0]?.status).toBe('manual');
    expect(evaluateAccount([question], personalX, 'X', signedInRead([observed('identity.registered-name-shown', false)]))[0]?.status).toBe('manual');
    expect(evaluateAccount([question], personalX, 'X', signedInRead([observed('identity.registered-name-shown', true)]))[0])
      .toMatchObject({ status: 'not-applicable', reason: 'Your name is shown.' });
  });

  it('turns questions into items for the user to answer', () => {
    const [item] = evaluateAccount([questionItem('common.patients')], personalX, 'X', signedInRead([]));
    expect(item?.status).toBe('manual');
    expect(item?.question).toBe('Question common.patients?');
  });
});

describe('scoring', () => {
  it('weights by severity over verified items and reports coverage', () => {
    const items = evaluateAccount([protectedPosts, tagging, checkItem('x.geo', 'geo_enabled', [false], { severity: 'low' })], personalX, 'X',
      signedInRead([observed('protected', true), observed('allow_media_tagging', 'all')]));
    const score = scoreItems(items);
    // protected (3) passes, tagging (2) fails, geo unknown: 3 / 5.
    expect(score.score).toBe(60);
    expect(score.coverage).toBe(67);
    expect([score.pass, score.fail, score.unknown]).toEqual([1, 1, 1]);
  });

  it('leaves good privacy practice out of the score, counting it apart', () => {
    const ads = { ...checkItem('x.ads', 'allow_ads_personalization', [false], { severity: 'high' }), privacyPractice: true };
    const read = signedInRead([observed('protected', true), observed('allow_media_tagging', 'all'), observed('allow_ads_personalization', true)]);
    const withPractice = scoreItems(evaluateAccount([protectedPosts, tagging, ads], personalX, 'X', read));
    const without = scoreItems(evaluateAccount([protectedPosts, tagging], personalX, 'X', read));
    expect(withPractice).toEqual({ ...without, privacyPractice: { pass: 0, fail: 1, unknown: 0 } });
    expect(withPractice.fail).toBe(1);
  });

  it('gives no score at all when nothing could be verified, so an unread account never looks good', () => {
    const items = evaluateAccount([protectedPosts, tagging], personalX, 'X', signedInRead([], { session: 'signed-out' }));
    expect(scoreItems(items)).toMatchObject({ score: null, coverage: 0, unknown: 2 });
  });
});
