/**
 * The engine in its own process, as the app runs it: a real child process running entry.ts, real
 * Chromium, the X emulator. What the app would see: progress while an audit runs, a report at the
 * end, cancel and quit that close the browser, and a plain message when the engine dies.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST_DIR } from '../../../main/cli/run-and-report.ts';
import type { ProgressEvent } from '../../../main/engine/audit/progress.ts';
import { profileDirFor } from '../../../main/engine/browser/profiles.ts';
import { forkEngine } from '../../../main/engine/host/child-link.ts';
import { createEngineClient } from '../../../main/engine/host/client.ts';
import type { AuditRunRequest, EngineClient } from '../../../main/engine/host/protocol.ts';
import type { AuditReport } from '../../../main/engine/report/schema.ts';
import type { AccountSpec } from '../../../main/engine/types.ts';
import { startEmulators, type RunningEmulators } from '../../../main/demo/harness.ts';
import { createThirdPartyEmulator } from '../../../main/demo/third-party.ts';
import { createXEmulator } from '../../../main/demo/x/index.ts';
import { processesLeftOnProfile, processesOnProfile } from './browser-processes.ts';

const ENTRY = fileURLToPath(new URL('../../../main/engine/host/entry.ts', import.meta.url));

interface Engine { client: EngineClient; child: ChildProcess; exited: Promise<number | null>; killed: () => number }

function startEngine(): Engine {
  const { link, child } = forkEngine(ENTRY);
  let kills = 0;
  const client = createEngineClient(link, { stopGraceMs: 15_000, kill: () => { kills += 1; child.kill('SIGKILL'); } });
  const exited = new Promise<number | null>((resolve) => { child.once('exit', (code) => { resolve(code); }); });
  return { client, child, exited, killed: () => kills };
}

const x = createXEmulator();
let running: RunningEmulators;
let dataDir: string;
let engine: Engine;
const profiles: string[] = [];

beforeAll(async () => {
  [running, dataDir] = await Promise.all([
    startEmulators([x.emulator, createThirdPartyEmulator()]),
    mkdtemp(join(tmpdir(), 'chaperone-engine-process-')),
  ]);
  engine = startEngine();
});
afterEach(() => { x.reset(); });
afterAll(async () => {
  if (engine.child.exitCode === null) engine.child.kill('SIGKILL');
  // A test that failed half-way must not leave its browser running.
  for (const profile of profiles) for (const pid of await processesOnProfile(profile)) process.kill(pid, 'SIGKILL');
  await running.close();
  await rm(dataDir, { recursive: true, force: true });
});

function account(id: string): AccountSpec {
  const spec: AccountSpec = { id, platform: 'x', label: `Personal X (${id})`, kind: 'personal' };
  profiles.push(profileDirFor(dataDir, spec));
  return spec;
}

function runRequest(runId: string, accounts: AccountSpec[]): AuditRunRequest {
  return {
    runId, accounts, checklistDir: CHECKLIST_DIR, dataDir, browserPath: '/usr/bin/chromium',
    profile: { registeredName: 'Amina Rahman', profession: 'doctor', regulator: 'GMC' },
    extraBrowserArgs: running.browserArgs, appVersion: 'test',
  };
}

/** Progress events of one run, and a promise for the first event that matches. */
function watch(client: EngineClient, runId: string) {
  const events: ProgressEvent[] = [];
  const waiters: { match: (e: ProgressEvent) => boolean; resolve: () => void }[] = [];
  client.onProgress((id, event) => {
    if (id !== runId) return;
    events.push(event);
    for (const w of waiters) if (w.match(event)) w.resolve();
  });
  const reached = (match: (e: ProgressEvent) => boolean): Promise<void> => new Promise((resolve) => { waiters.push({ match, resolve }); });
  return { events, reached };
}

const openingSettings = (e: ProgressEvent): boolean => e.type === 'step-started' && e.step === 'Opening X settings';

function automaticItems(report: AuditReport) {
  return report.audit.accounts.flatMap((a) => a.items).filter((i) => i.setting !== null && i.status !== 'not-applicable');
}

describe('the engine process', () => {
  it('audits an account that is not signed in: progress streams, nothing passes, each item says signed out', async () => {
    const progress = watch(engine.client, 'signed-out-run');
    const report = await engine.client.call('audit.run', runRequest('signed-out-run', [account('never-signed-in')]));
    const types = progress.events.map((e) => e.type);
    expect(types[0]).toBe('audit-started');
    expect(types.at(-1)).toBe('audit-finished');
    expect(types).toEqual(expect.arrayContaining(['account-started', 'step-started', 'account-finished']));
    expect(report.audit.cancelled).toBe(false);
    expect(report.audit.accounts[0]?.session).toBe('signed-out');
    const items = report.audit.accounts.flatMap((a) => a.items);
    expect(items.filter((i) => i.status === 'pass')).toEqual([]);
    expect(automaticItems(report).length).toBeGreaterThan(0);
    expect(new Set(automaticItems(report).map((i) => `${i.status}/${i.unreadReason ?? ''}`))).toEqual(new Set(['unknown/signed-out']));
  });

  it('lists the browsers installed here', async () => {
    const browsers = await engine.client.call('browsers.find', {});
    expect(browsers.map((b) => b.executablePath)).toContain('/usr/bin/chromium');
  });

  it('cancels a run mid-way: the report says cancelled and the browser is gone', async () => {
    x.slow(20_000);
    const spec = account('cancelled');
    const progress = watch(engine.client, 'cancel-run');
    const run = engine.client.call('audit.run', runRequest('cancel-run', [spec]));
    await progress.reached(openingSettings);
    expect(await processesOnProfile(profileDirFor(dataDir, spec))).not.toEqual([]);
    await expect(engine.client.call('audit.cancel', { runId: 'cancel-run' })).resolves.toBeNull();
    const report = await run;
    expect(report.audit.cancelled).toBe(true);
    expect(progress.events.at(-1)).toMatchObject({ type: 'audit-finished', cancelled: true });
    expect(new Set(automaticItems(report).map((i) => `${i.status}/${i.unreadReason ?? ''}`))).toEqual(new Set(['unknown/cancelled']));
    expect(await processesLeftOnProfile(profileDirFor(dataDir, spec))).toEqual([]);
  });

  it('when the engine is killed, waiting calls fail with a plain message and its browser closes', async () => {
    x.slow(20_000);
    const doomed = startEngine();
    const spec = account('killed');
    const progress = watch(doomed.client, 'killed-run');
    const run = doomed.client.call('audit.run', runRequest('killed-run', [spec]));
    await progress.reached(openingSettings);
    doomed.child.kill('SIGKILL');
    await expect(run).rejects.toThrow(/^The audit engine stopped unexpectedly \(stopped by SIGKILL\)\. Your stored data is safe; try again\.$/);
    await expect(doomed.client.call('browsers.find', {})).rejects.toThrow(/stopped unexpectedly/);
    // The audit browser listens on a pipe to the engine: when the engine goes, so does the browser.
    expect(await processesLeftOnProfile(profileDirFor(dataDir, spec), 5_000)).toEqual([]);
  });

  it('when the app goes away mid-run, the engine closes its browser and exits by itself', async () => {
    x.slow(20_000);
    const orphan = startEngine();
    const spec = account('orphaned');
    const progress = watch(orphan.client, 'orphan-run');
    void orphan.client.call('audit.run', runRequest('orphan-run', [spec])).catch(() => undefined);
    await progress.reached(openingSettings);
    orphan.child.disconnect();
    expect(await orphan.exited).toBe(0);
    expect(await processesLeftOnProfile(profileDirFor(dataDir, spec))).toEqual([]);
  });

  it('shuts down on request during a run: the run ends cancelled, the browser closes, the process exits 0', async () => {
    x.slow(20_000);
    const spec = account('shutdown');
    const progress = watch(engine.client, 'shutdown-run');
    const run = engine.client.call('audit.run', runRequest('shutdown-run', [spec]));
    await progress.reached(openingSettings);
    await engine.client.stop();
    expect((await run).audit.cancelled).toBe(true);
    expect(await engine.exited).toBe(0);
    expect(engine.killed()).toBe(0);
    expect(await processesLeftOnProfile(profileDirFor(dataDir, spec))).toEqual([]);
  });
});
