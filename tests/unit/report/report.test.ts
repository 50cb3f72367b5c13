import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateAccount } from '../../../main/engine/audit/evaluate.ts';
import type { AuditResult } from '../../../main/engine/audit/model.ts';
import { scoreItems } from '../../../main/shared/score.ts';
import { reportToHtml } from '../../../main/engine/report/html.ts';
import { reportJsonSchema } from '../../../main/engine/report/json-schema.ts';
import { parseReport, reportToJson, toReport } from '../../../main/engine/report/json.ts';
import { reportToText } from '../../../main/engine/report/summary-text.ts';
import { checkItem, drRahman, gmcName, observed, personalX, questionItem, signedInRead, testAuditGuidance } from '../../fixtures/checklist-fixtures.ts';

function sampleAudit(): AuditResult {
  const items = evaluateAccount([
    checkItem('x.protected', 'protected', [true]),
    checkItem('x.geo', 'geo_enabled', [false], { severity: 'low' }),
    checkItem('x.email', 'discoverable_by_email', [false]),
    questionItem('common.patients'),
  ], personalX, 'X', signedInRead([observed('protected', false), observed('geo_enabled', false)], {
    identity: { displayName: '<script>alert(1)</script> Dr Amina', handle: 'amina', bio: 'GP & <b>mum</b>', workplace: null, unreadFields: [], source: 'json-endpoint', evidence: 'UserByScreenName' },
    stranger: { url: 'https://x.com/amina', checked: true, loginWall: false, profileVisible: true, name: '<img src=x onerror=alert(1)>', bio: null, location: 'Leeds', workplace: null, connectionsVisible: null, postsVisible: 3, postsProtected: false, notes: [] },
  }));
  const account = {
    account: personalX, platformName: 'X', session: 'signed-in' as const, sessionDetail: 'Signed in.', startedAt: '2026-11-25T10:00:00.000Z',
    finishedAt: '2026-11-25T10:00:05.000Z', items, score: scoreItems(items), identity: null,
    stranger: {
      url: 'https://x.com/amina', checked: true, loginWall: false, profileVisible: true, name: '<img src=x onerror=alert(1)>', bio: null,
      location: 'Leeds', workplace: null, connectionsVisible: null, postsVisible: 3, postsProtected: false, notes: ['Your name "<img src=x onerror=alert(1)>" is visible to anyone.'],
    },
    requestsBlocked: { offHost: 2, hosts: ['www.google-analytics.com'], resources: 4 }, error: null,
  };
  return {
    startedAt: account.startedAt, finishedAt: account.finishedAt, appVersion: '0.1.0', checklistVersion: 'x@1', guidance: testAuditGuidance, questions: [],
    cancelled: false, accounts: [account], overall: account.score,
  };
}

describe('the JSON report', () => {
  it('round-trips through its versioned schema, carrying setting, value, source and unknown reasons', () => {
    const report = toReport(sampleAudit(), drRahman);
    const back = parseReport(reportToJson(report), 'report.json');
    const items = back.audit.accounts[0]?.items ?? [];
    expect(back.schemaVersion).toBe(2);
    expect(items.find((i) => i.itemId === 'x.protected')).toMatchObject({ status: 'fail', setting: 'protected', observed: { value: false, source: 'json-endpoint' } });
    expect(items.find((i) => i.itemId === 'x.email')).toMatchObject({ status: 'unknown', unreadReason: 'not-read' });
  });

  it('drops anything the schema does not name, so a stray profile path cannot leak into a report', () => {
    const audit = sampleAudit();
    const leaky = { ...audit, accounts: audit.accounts.map((a) => ({ ...a, account: { ...a.account, profileDir: '/home/amina/.config/Chaperone/profiles/x' } })) };
    expect(reportToJson(toReport(leaky, drRahman))).not.toContain('profiles/x');
  });

  it('rejects a file that is not a report, naming the file', () => {
    expect(() => parseReport('{"schemaVersion": 99}', 'old.json')).toThrow(/old\.json is not a Chaperone report/);
    expect(() => parseReport('nope', 'bad.json')).toThrow('bad.json is not JSON.');
  });

  it('publishes a JSON Schema that matches the code (run npm run report-schema after a change)', () => {
    expect(readFileSync(new URL('../../../docs/report-schema.json', import.meta.url), 'utf8')).toBe(reportJsonSchema());
  });
});

/** The sample audit with only one of its three automatic checks read: a partial audit. */
function partialAudit(): AuditResult {
  const audit = sampleAudit();
  const accounts = audit.accounts.map((a) => {
    const items = a.items.map((i) => (i.itemId === 'x.geo' ? { ...i, status: 'unknown' as const, observed: null, reason: 'X did not send it.' } : i));
    return { ...a, items, score: scoreItems(items) };
  });
  return { ...audit, accounts, overall: accounts[0]?.score ?? audit.overall };
}

describe('a partial audit (fewer than half the automatic checks read)', () => {
  it('puts the coverage before the score in the CLI summary and the HTML report, with the caveat', () => {
    const report = toReport(partialAudit(), drRahman);
    const text = reportToText(report);
    expect(text).toContain('Partial audit: 1 of 3 read. Overall score: 0 out of 100, from those 1 only\nA good result does not show');
    expect(text).not.toMatch(/^Overall score: \d/m);
    const html = reportToHtml(report);
    expect(html).toContain('<p class="score">Partial audit: 1 of 3 read. Overall score: 0 out of 100, from those 1 only</p>');
  });
});

describe('the HTML report', () => {
  const html = reportToHtml(toReport(sampleAudit(), drRahman));

  it('never inserts scraped text as markup', () => {
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).not.toMatch(/<script/i);
  });

  it('is self-contained: no external scripts, styles or images', () => {
    expect(html).not.toMatch(/<(script|link|img)\b/i);
  });

  it('shows statuses in words, the score with coverage, guidance with edition and paragraph, and the fix page', () => {
    expect(html).toContain('Needs fixing');
    expect(html).toContain('Could not check');
    expect(html).toContain('Question for you');
    expect(html).toMatch(/<p class="score">Overall score: \d+ out of 100, from 2 of 3 automatic checks read<\/p>/);
    expect(html).toContain('<p class="caveat">A good result does not show that your use of social media meets every professional standard.</p>');
    // The account's own label heads its section, the platform beside it; what was read is in words, not keys.
    expect(html).toContain('<h2 id="account-1">Personal X <span class="kind">(X, personal account)</span></h2>');
    expect(html).toContain('Setting read: Off.');
    expect(html).not.toMatch(/Read: protected =/);
    expect(html).toContain('General Medical Council, Using social media as a medical professional, 2024, paragraph 8 [current]');
    expect(html).toContain('href="https://x.com/settings/privacy_and_safety"');
  });

  it('marks an unverified paragraph number as unverified', () => {
    const audit = sampleAudit();
    const unverified = { ...gmcName, paragraph: '8', paragraphVerified: false };
    const withUnverified = { ...audit, accounts: audit.accounts.map((a) => ({ ...a, items: a.items.map((i) => ({ ...i, guidance: [unverified] })) })) };
    expect(reportToHtml(toReport(withUnverified, drRahman))).toContain('paragraph 8 (paragraph number not verified) [current]');
  });
});

describe('the printed summary', () => {
  it('lists what needs fixing most serious first', () => {
    const items = evaluateAccount([
      checkItem('x.ads', 'allow_ads_personalization', [false], { severity: 'low' }),
      checkItem('x.protected', 'protected', [true], { severity: 'high' }),
    ], personalX, 'X', signedInRead([observed('allow_ads_personalization', true), observed('protected', false)]));
    const audit = sampleAudit();
    const text = reportToText(toReport({ ...audit, accounts: audit.accounts.map((a) => ({ ...a, items })) }, drRahman));
    expect(text.indexOf('Title of x.protected')).toBeLessThan(text.indexOf('Title of x.ads'));
  });

  it('lists what to fix with its guidance and settings page, and what could not be checked with how to check by hand', () => {
    const text = reportToText(toReport(sampleAudit(), drRahman));
    expect(text).toContain('Needs fixing (1):');
    expect(text).toContain('Fix it at https://x.com/settings/privacy_and_safety');
    expect(text).toContain('Could not check (1):');
    expect(text).toContain('Check by hand: Look at discoverable_by_email by hand.');
    expect(text).toContain('A stranger who is not signed in sees: your name, your location, 3 posts');
  });

  it('names a workplace and a visible friends list among what a stranger sees, and counts one post as one', () => {
    const audit = sampleAudit();
    const exposed = {
      url: 'https://www.facebook.com/amina', checked: true, loginWall: false, profileVisible: true, name: 'Amina Rahman', bio: null,
      location: null, workplace: 'Headingley Medical Practice', connectionsVisible: true, postsVisible: 1, postsProtected: false, notes: [],
    };
    const text = reportToText(toReport({ ...audit, accounts: audit.accounts.map((a) => ({ ...a, stranger: exposed })) }, drRahman));
    expect(text).toContain('A stranger who is not signed in sees: your name, your workplace or headline, your friends, followers or connections, 1 post\n');
  });

  it('says a failed stranger check could not be done, rather than reporting an empty view', () => {
    const audit = sampleAudit();
    const unchecked = {
      url: 'https://x.com/amina', checked: false, loginWall: false, profileVisible: false, name: null, bio: null,
      location: null, workplace: null, connectionsVisible: null, postsVisible: null, postsProtected: false, notes: ['Chaperone could not check what a stranger sees: X took too long.'],
    };
    const text = reportToText(toReport({ ...audit, accounts: audit.accounts.map((a) => ({ ...a, stranger: unchecked })) }, drRahman));
    expect(text).toContain('could not check what a stranger sees: X took too long.');
    expect(text).not.toContain('sees: nothing');
  });

  it('asks each question once, naming the accounts it is for', () => {
    const audit = sampleAudit();
    const [first] = audit.accounts;
    if (first === undefined) throw new Error('sample has an account');
    const second = { ...first, account: { ...first.account, id: 'work', label: 'Work X' } };
    const text = reportToText(toReport({ ...audit, accounts: [first, second] }, drRahman));
    expect(text.match(/Question common\.patients\?/g)).toHaveLength(1);
    expect(text).toContain('- Question common.patients? (Personal X, Work X)');
  });
});
