/**
 * The main side of every window.chaperone call: the checks before a handler runs, and what each
 * domain does to the stored data and the browser profiles.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { profileDirFor } from '../../../main/engine/browser/profiles.ts';
import type { AuditReport } from '../../../main/engine/report/schema.ts';
import type { Account, AuditEvent, AuditSummary } from '../../../main/shared/api-contract.ts';
import { personalAccount, rahmanProfile, sampleReport, tempDir } from '../store/store-fixtures.ts';
import { handlerHarness, scriptedEngine, type Harness } from './handler-fixtures.ts';

let folder: ReturnType<typeof tempDir>;
beforeEach(() => { folder = tempDir(); });
afterEach(() => { folder.remove(); });

const profile = { registeredName: 'Amina Rahman', profession: 'doctor', regulator: 'GMC', registrationNumber: null };

describe('every call', () => {
  it('is refused, changing nothing, when it does not come from the app’s own page', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    await app.call('profile:save', profile);
    const before = app.fileText();
    await expect(app.call('profile:save', { ...profile, registeredName: 'Someone Else' }, false))
      .rejects.toThrow('Refused: this request did not come from Chaperone\'s own window.');
    await expect(app.call('settings:deleteAllData', undefined, false)).rejects.toThrow(/^Refused/);
    expect(app.fileText()).toBe(before);
    expect(app.store.read().profile?.registeredName).toBe('Amina Rahman');
  });

  it('rejects malformed arguments with a message naming the field, before anything is stored', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    await app.call('profile:save', profile);
    const before = app.fileText();
    await expect(app.call('profile:save', { ...profile, regulator: '' })).rejects.toThrow('profile:save was given something it cannot use: regulator must not be empty.');
    await expect(app.call('profile:save', { ...profile, registeredName: 42 })).rejects.toThrow(/registeredName/);
    await expect(app.call('accounts:add', { platform: 'myspace', label: 'Old', kind: 'personal' })).rejects.toThrow(/platform/);
    await expect(app.call('accounts:add', { platform: 'x', label: 'X', kind: 'personal', profileDir: '/etc' })).rejects.toThrow(/profileDir/);
    await expect(app.call('settings:update', { reminderMonths: 0 })).rejects.toThrow(/reminderMonths must be at least 1/);
    await expect(app.call('history:get', { auditId: '../../etc/passwd' })).rejects.toThrow(/auditId must be an id/);
    await expect(app.call('settings:status', { sneaky: true })).rejects.toThrow(/takes no arguments/);
    await expect(app.call('shell:openExternal', { url: 'https://example.com' })).rejects.toThrow('Refused: Chaperone has no such function.');
    expect(app.fileText()).toBe(before);
    expect(app.store.read().accounts).toEqual([]);
  });
});

describe('accounts', () => {
  it('adds an account with an id the app chose and refuses a second with the same label', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    const added = await app.call('accounts:add', { platform: 'mastodon', label: 'Clinic toots', kind: 'professional', host: 'Mastodon.Social' }) as Account;
    expect(added).toMatchObject({ platform: 'mastodon', label: 'Clinic toots', kind: 'professional', host: 'mastodon.social', lastSessionCheck: null });
    await expect(app.call('accounts:add', { platform: 'x', label: 'clinic toots', kind: 'personal' })).rejects.toThrow(/already have an account called/);
    await expect(app.call('accounts:add', { platform: 'mastodon', label: 'Toots', kind: 'personal' })).rejects.toThrow('host must name your Mastodon server');
    await expect(app.call('accounts:add', { platform: 'x', label: 'X', kind: 'personal', host: 'x.com' })).rejects.toThrow('host applies only to Mastodon and Bluesky');
    await expect(app.call('accounts:add', { platform: 'mastodon', label: 'Toots', kind: 'personal', host: 'https://mastodon.social/@me' })).rejects.toThrow(/server name such as/);
    expect(app.store.read().accounts).toHaveLength(1);
  });

  it('disconnecting deletes the account’s browser profile folder and forgets the account, keeping past audits', async () => {
    const engine = scriptedEngine({});
    const app = await handlerHarness(folder.dir, engine);
    const account = await app.call('accounts:add', { platform: 'x', label: 'Personal X', kind: 'personal' }) as Account;
    const profileDir = profileDirFor(folder.dir, account);
    mkdirSync(join(profileDir, 'Default'), { recursive: true });
    writeFileSync(join(profileDir, 'Default', 'Cookies'), 'session cookie');
    await app.store.update((d) => ({ ...d, history: [{ id: '2f0e1c1a-1111-4222-8333-444455556666', report: sampleReport(), answers: [], rechecks: [] }] }));

    expect(await app.call('accounts:disconnect', { accountId: account.id })).toEqual([]);
    expect(existsSync(profileDir)).toBe(false);
    expect(engine.calls).toContainEqual({ method: 'sign-in.close', params: { accountId: account.id } });
    expect(app.store.read().history).toHaveLength(1);
  });

  it('signs in through the engine with the stored browser choice and the main process’s flags only', async () => {
    const engine = scriptedEngine({ 'sign-in.open': () => Promise.resolve({ exitCode: 0, notice: null }) });
    const app = await handlerHarness(folder.dir, engine);
    await app.call('settings:update', { browserPath: '/usr/bin/chromium' });
    const account = await app.call('accounts:add', { platform: 'x', label: 'Personal X', kind: 'personal' }) as Account;
    await app.call('accounts:signIn', { accountId: account.id });
    expect(engine.calls.at(-1)).toEqual({
      method: 'sign-in.open',
      params: { account: { id: account.id, platform: 'x' }, dataDir: folder.dir, browserPath: '/usr/bin/chromium', extraBrowserArgs: ['--test-flag'] },
    });
  });
});

describe('an audit', () => {
  async function auditing(report: Promise<AuditReport>): Promise<{ app: Harness; engine: ReturnType<typeof scriptedEngine> }> {
    const engine = scriptedEngine({ 'audit.run': () => report });
    const app = await handlerHarness(folder.dir, engine);
    await app.store.update((d) => ({ ...d, profile: rahmanProfile, accounts: [{ ...personalAccount, lastSessionCheck: null }] }));
    return { app, engine };
  }

  it('streams progress, stores the result in the history and records what it found about the session', async () => {
    let finish: (report: AuditReport) => void = () => undefined;
    const { app, engine } = await auditing(new Promise((resolve) => { finish = resolve; }));
    const { runId } = await app.call('audit:start', {}) as { runId: string };
    engine.progress(runId, { type: 'audit-started', accounts: 1, at: 'now' });
    engine.progress('some-other-run', { type: 'audit-started', accounts: 9, at: 'now' });
    await expect(app.call('audit:start', {})).rejects.toThrow('An audit is already running.');
    finish(sampleReport());
    await expect.poll(() => app.events.at(-1)?.type).toBe('finished');

    expect(app.events.map((e) => e.type)).toEqual(['progress', 'finished']);
    const finished = app.events[1] as Extract<AuditEvent, { type: 'finished' }>;
    expect(finished.summary).toMatchObject({ accounts: 1, fail: 1, cancelled: false });
    expect((await app.call('history:list')) as unknown[]).toEqual([finished.summary]);
    expect(app.store.read().accounts[0]?.lastSessionCheck).toMatchObject({ state: 'signed-in' });
    expect(engine.calls.find((c) => c.method === 'audit.run')?.params).toMatchObject({
      runId, accounts: [{ id: personalAccount.id, platform: 'x', label: personalAccount.label, kind: 'personal' }],
      profile: rahmanProfile, extraBrowserArgs: ['--test-flag'],
    });
  });

  it('tells the window when the engine fails, and can be started again', async () => {
    const { app } = await auditing(Promise.reject(new Error('No Chrome, Edge or Chromium was found.')));
    const { runId } = await app.call('audit:start', {}) as { runId: string };
    await expect.poll(() => app.events.at(-1)).toEqual({ runId, type: 'failed', message: 'No Chrome, Edge or Chromium was found.' });
    expect(app.store.read().history).toEqual([]);
  });

  it('refuses to start before the user has entered their registered name', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    await app.call('accounts:add', { platform: 'x', label: 'Personal X', kind: 'personal' });
    await expect(app.call('audit:start', {})).rejects.toThrow(/registered name/);
  });
});

describe('answers, links and deleting everything', () => {
  it('records an answer only for a question that is part of that audit', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    const auditId = '2f0e1c1a-1111-4222-8333-444455556666';
    await app.store.update((d) => ({ ...d, history: [{ id: auditId, report: sampleReport(), answers: [], rechecks: [] }] }));
    const base = { auditId, accountId: personalAccount.id };
    await app.call('history:answer', { ...base, itemId: 'common.patients', answer: 'no', note: '  Checked  ' });
    expect(app.store.read().history[0]?.answers).toEqual([
      { accountId: personalAccount.id, itemId: 'common.patients', answer: 'no', note: 'Checked', answeredAt: '2026-11-25T14:00:00.000Z' },
    ]);
    await expect(app.call('history:answer', { ...base, itemId: 'x.protected', answer: 'yes' })).rejects.toThrow('not part of this audit');
  });

  it('lists an audit with what needs fixing now, after a check again, and the score it had', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    const auditId = '2f0e1c1a-1111-4222-8333-444455556666';
    const report = sampleReport();
    await app.store.update((d) => ({ ...d, history: [{ id: auditId, report, answers: [], rechecks: [] }] }));
    const [before] = await app.call('history:list') as AuditSummary[];
    expect(before).toMatchObject({ fail: 1, score: report.audit.overall.score });
    const fixed = { accountId: personalAccount.id, itemId: 'x.protected', at: '2026-11-25T11:00:00.000Z', status: 'pass' as const, observed: 'true', reason: null };
    await app.store.update((d) => ({ ...d, history: d.history.map((a) => ({ ...a, rechecks: [fixed] })) }));
    const [after] = await app.call('history:list') as AuditSummary[];
    expect(after).toMatchObject({ fail: 0, score: report.audit.overall.score });
  });

  it('records an answer to a question about all accounts, asked once', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    const auditId = '2f0e1c1a-1111-4222-8333-444455556666';
    const report = sampleReport();
    const patients = report.audit.accounts[0]?.items.find((i) => i.itemId === 'common.patients');
    if (patients === undefined) throw new Error('sample report has no question');
    const once = { ...patients, itemId: 'common.once', title: 'Asked once' };
    const withOnce = { ...report, audit: { ...report.audit, questions: [once] } };
    await app.store.update((d) => ({ ...d, history: [{ id: auditId, report: withOnce, answers: [], rechecks: [] }] }));
    await app.call('history:answer', { auditId, accountId: 'all-accounts', itemId: 'common.once', answer: 'yes' });
    expect(app.store.read().history[0]?.answers).toEqual([
      { accountId: 'all-accounts', itemId: 'common.once', answer: 'yes', note: '', answeredAt: '2026-11-25T14:00:00.000Z' },
    ]);
    // A per-account question is not answered for all accounts, nor a question about all accounts for one.
    await expect(app.call('history:answer', { auditId, accountId: 'all-accounts', itemId: 'common.patients', answer: 'no' })).rejects.toThrow('not part of this audit');
    await expect(app.call('history:answer', { auditId, accountId: personalAccount.id, itemId: 'common.once', answer: 'no' })).rejects.toThrow('not part of this audit');
  });

  it('opens only https guidance links from the checklists in the user’s browser', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    const gmc = 'https://www.gmc-uk.org/professional-standards/the-professional-standards/using-social-media-as-a-medical-professional/using-social-media-as-a-medical-professional';
    await app.call('report:openLink', { url: gmc });
    expect(app.opened).toEqual([gmc]);
    for (const url of ['https://evil.example/', 'http://www.gmc-uk.org/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      await expect(app.call('report:openLink', { url })).rejects.toThrow(/only the guidance links/);
    }
    expect(app.opened).toEqual([gmc]);
  });

  it('“Delete all my data” removes the profiles, the stored data and any copies set aside', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    await app.call('profile:save', profile);
    const account = await app.call('accounts:add', { platform: 'x', label: 'Personal X', kind: 'personal' }) as Account;
    mkdirSync(profileDirFor(folder.dir, account), { recursive: true });
    writeFileSync(join(folder.dir, 'chaperone.unreadable-2026-01-01T00-00-00Z.json'), '{');
    await app.call('settings:deleteAllData');
    expect(existsSync(join(folder.dir, 'profiles'))).toBe(false);
    expect(existsSync(join(folder.dir, 'chaperone.unreadable-2026-01-01T00-00-00Z.json'))).toBe(false);
    expect(app.store.read()).toMatchObject({ profile: null, accounts: [], history: [] });
    expect(app.fileText()).not.toContain('Amina');
    expect(app.sessionClears()).toBe(1);
  });

  it('“Delete all my data” removes copies left by an interrupted write, and no other file in the folder', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    await app.call('profile:save', profile);
    const leftover = join(folder.dir, 'chaperone.json.tmp-4078300123abc123');
    const notOurs = join(folder.dir, 'chaperone.json.tmp-my-notes.txt');
    writeFileSync(leftover, JSON.stringify({ data: { profile } }));
    writeFileSync(notOurs, 'Amina keeps her own notes here');
    await app.call('settings:deleteAllData');
    expect(existsSync(leftover)).toBe(false);
    expect(readFileSync(notOurs, 'utf8')).toBe('Amina keeps her own notes here');
  });
});
