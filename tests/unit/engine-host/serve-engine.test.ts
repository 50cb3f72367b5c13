/**
 * The engine process's request handling, without a browser: every request gets one answer,
 * nonsense never crashes it, and failures come back in the words the command line uses.
 */
import { chmod, cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { CHECKLIST_DIR } from '../../../main/cli/run-and-report.ts';
import type { AuditRunRequest } from '../../../main/engine/host/protocol.ts';
import { rawEngine } from './engine-harness.ts';

let dir: string;
let fakeBrowser: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chaperone-engine-host-'));
  // Stands in for a browser: a window that stays open until it is closed.
  fakeBrowser = join(dir, 'fake-browser');
  await writeFile(fakeBrowser, '#!/bin/sh\nexec sleep 30\n');
  await chmod(fakeBrowser, 0o755);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const runParams = (patch: Partial<AuditRunRequest> = {}): AuditRunRequest => ({
  runId: 'run-1',
  accounts: [{ id: 'personal', platform: 'x', label: 'Personal X', kind: 'personal' }],
  profile: { registeredName: 'Amina Rahman', profession: 'doctor', regulator: 'GMC' },
  checklistDir: CHECKLIST_DIR,
  dataDir: join(dir, 'audit-data'),
  browserPath: '/usr/bin/chromium',
  extraBrowserArgs: [],
  appVersion: 'test',
  ...patch,
});

describe('malformed requests', () => {
  it('ignores messages nobody waits for and answers the rest with an error, then keeps working', async () => {
    const engine = rawEngine();
    for (const junk of [null, 42, 'audit.run', [1, 2], { method: 'browsers.find', params: {} }, { id: 'seven', method: 'shutdown', params: {} }]) {
      engine.post(junk);
    }
    const unknown = await engine.ask({ id: 1, method: 'accounts.steal', params: {} });
    const noMethod = await engine.ask({ id: 2, params: {} });
    const badParams = await engine.ask({ id: 3, method: 'audit.run', params: { ...runParams(), accounts: 'all of them' } });
    const extra = await engine.ask({ id: 4, method: 'browsers.find', params: { everywhere: true } });
    expect(unknown).toEqual({ type: 'reply', id: 1, ok: false, error: 'The audit engine does not know the request "accounts.steal".' });
    expect(noMethod).toMatchObject({ id: 2, ok: false, error: 'The audit engine does not know the request without a method.' });
    expect(badParams).toMatchObject({ id: 3, ok: false, error: expect.stringMatching(/could not understand a "audit\.run" request \(params\.accounts: /) as unknown });
    expect(extra).toMatchObject({ id: 4, ok: false });

    const found = await engine.ask({ id: 5, method: 'browsers.find', params: {} });
    expect(found).toMatchObject({ id: 5, ok: true });
    expect((found as { value: { executablePath: string }[] }).value.map((b) => b.executablePath)).toContain('/usr/bin/chromium');
    await engine.settle();
    // One answer per request that had an id, and nothing else.
    expect(engine.received.map((m) => (m.type === 'reply' ? m.id : m.type))).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('an audit that cannot start', () => {
  it('names the broken checklist file and audits nothing', async () => {
    const broken = join(dir, 'broken-checklists');
    await cp(CHECKLIST_DIR, broken, { recursive: true });
    const xFile = join(broken, 'x.yaml');
    await writeFile(xFile, (await readFile(xFile, 'utf8')).replace('severity: high', 'severity: dreadful'));
    const engine = rawEngine();
    const reply = await engine.ask({ id: 1, method: 'audit.run', params: runParams({ checklistDir: broken }) });
    expect(reply.ok).toBe(false);
    expect(reply).toMatchObject({ error: expect.stringMatching(/^A checklist file is broken, so nothing was audited\. x\.yaml:\d+: items\[0\]\.severity: must be one of/) as unknown });
    expect(engine.received.filter((m) => m.type === 'progress')).toEqual([]);
    // No profile folder was made: no browser was started.
    await expect(stat(join(dir, 'audit-data'))).rejects.toThrow();
  });

  it('says plainly when the chosen browser is not there', async () => {
    const engine = rawEngine();
    const reply = await engine.ask({ id: 1, method: 'audit.run', params: runParams({ browserPath: '/nowhere/chrome' }) });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^The browser you chose at \/nowhere\/chrome was not found\./) as unknown });
  });
});

describe('cancelling and closing what is not there', () => {
  it('answers null for a run or a sign-in window that is not open', async () => {
    const engine = rawEngine();
    expect(await engine.ask({ id: 1, method: 'audit.cancel', params: { runId: 'no-such-run' } })).toEqual({ type: 'reply', id: 1, ok: true, value: null });
    expect(await engine.ask({ id: 2, method: 'sign-in.close', params: { accountId: 'nobody' } })).toEqual({ type: 'reply', id: 2, ok: true, value: null });
  });
});

describe('sign-in windows', () => {
  const signIn = (id: number, accountId: string): { id: number; method: string; params: unknown } => ({
    id, method: 'sign-in.open',
    params: { account: { id: accountId, platform: 'x' }, dataDir: join(dir, 'data'), browserPath: fakeBrowser, extraBrowserArgs: [] },
  });

  it('opens one window per account and answers when it is closed, saying when no keychain protects the session', async () => {
    // No session bus, so no keychain to reach: the profile falls back to the fixed key.
    vi.stubEnv('DBUS_SESSION_BUS_ADDRESS', '');
    onTestFinished(() => { vi.unstubAllEnvs(); });
    const engine = rawEngine();
    const open = engine.ask(signIn(1, 'personal'));
    await engine.settle();
    expect(await engine.ask(signIn(2, 'personal'))).toMatchObject({ ok: false, error: 'A browser window for this account is already open. Close it first, then try again.' });
    expect((await stat(join(dir, 'data', 'profiles', 'x-personal'))).isDirectory()).toBe(true);
    expect(await engine.ask({ id: 3, method: 'sign-in.close', params: { accountId: 'personal' } })).toMatchObject({ ok: true, value: null });
    expect(await open).toEqual({ type: 'reply', id: 1, ok: true, value: { exitCode: null, notice: expect.stringContaining('This computer has no keychain Chaperone can use') as unknown } });
  });

  it('answers “closed” only once the window has gone, so its profile folder can be deleted', async () => {
    // A browser that takes a moment to shut down when asked, and leaves a mark when it has.
    const slowToClose = join(dir, 'slow-to-close-browser');
    // It says when its trap is set: a close sent before that would end it at once, under load.
    await writeFile(slowToClose, `#!/bin/sh\ntrap 'kill $! 2>/dev/null; sleep 0.3; echo gone > "$0.gone"; exit 0' TERM\necho ready > "$0.ready"\nsleep 30 &\nwait\n`);
    await chmod(slowToClose, 0o755);
    const engine = rawEngine();
    const open = engine.ask({ ...signIn(1, 'slow'), params: { ...(signIn(1, 'slow').params as object), browserPath: slowToClose } });
    await vi.waitFor(() => readFile(`${slowToClose}.ready`, 'utf8'), { timeout: 10_000 });
    await engine.ask({ id: 2, method: 'sign-in.close', params: { accountId: 'slow' } });
    expect(await readFile(`${slowToClose}.gone`, 'utf8')).toBe('gone\n');
    await open;
  });

  it('refuses a platform it cannot read', async () => {
    const engine = rawEngine();
    const reply = await engine.ask({ ...signIn(1, 'work'), params: { account: { id: 'work', platform: 'tiktok' }, dataDir: dir, browserPath: fakeBrowser, extraBrowserArgs: [] } });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Chaperone cannot read tiktok accounts yet/) as unknown });
  });

  it('shutdown closes open windows, answers, then exits with 0, and takes no more work', async () => {
    const engine = rawEngine();
    const open = engine.ask(signIn(1, 'professional'));
    await engine.settle();
    const shutdown = await engine.ask({ id: 2, method: 'shutdown', params: {} });
    expect(await open).toMatchObject({ id: 1, ok: true, value: { exitCode: null } });
    expect(shutdown).toEqual({ type: 'reply', id: 2, ok: true, value: null });
    expect(engine.received.filter((m) => m.type === 'reply').map((m) => m.id)).toEqual([1, 2]);
    expect(engine.exits).toEqual([0]);
    expect(await engine.ask({ id: 3, method: 'browsers.find', params: {} })).toMatchObject({ ok: false, error: 'The audit engine is shutting down.' });
  });
});
