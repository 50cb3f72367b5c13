/**
 * The app's side of the engine link: answers reach the right caller, progress reaches listeners,
 * and an engine that dies or will not stop never leaves the app waiting.
 */
import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../main/engine/audit/progress.ts';
import { createEngineClient } from '../../../main/engine/host/client.ts';
import { createLinkPair } from '../../../main/engine/host/memory-link.ts';
import type { EngineMessage } from '../../../main/engine/host/protocol.ts';

interface Request { id: number; method: string; params: unknown }

/** A client over an engine side that this test answers by hand. */
function clientWithFakeEngine(options: Parameters<typeof createEngineClient>[1] = {}) {
  const pair = createLinkPair();
  const requests: Request[] = [];
  pair.engine.onMessage((message) => { requests.push(message as Request); });
  const client = createEngineClient(pair.client, options);
  return {
    client, requests, pair,
    answer: (message: EngineMessage) => { pair.engine.post(message); },
    requested: () => new Promise<Request>((resolve) => { pair.engine.onMessage((m) => { resolve(m as Request); }); }),
  };
}

const STOPPED = 'The audit engine stopped unexpectedly (exit code 1). Your stored data is safe; try again.';

describe('the engine client', () => {
  it('matches each reply to its call, and passes the engine’s own words on failure', async () => {
    const { client, answer, requests, requested } = clientWithFakeEngine();
    const found = client.call('browsers.find', {});
    const cancel = client.call('audit.cancel', { runId: 'r1' });
    await requested();
    await new Promise((resolve) => setImmediate(resolve));
    expect(requests.map((r) => r.method)).toEqual(['browsers.find', 'audit.cancel']);
    const [first, second] = requests;
    answer({ type: 'reply', id: second?.id ?? -1, ok: false, error: 'The audit engine is shutting down.' });
    answer({ type: 'reply', id: first?.id ?? -1, ok: true, value: [] });
    await Promise.all([
      expect(found).resolves.toEqual([]),
      expect(cancel).rejects.toThrow(/^The audit engine is shutting down\.$/),
    ]);
  });

  it('streams progress to listeners until they unsubscribe', async () => {
    const { client, answer } = clientWithFakeEngine();
    const seen: [string, ProgressEvent['type']][] = [];
    const unsubscribe = client.onProgress((runId, event) => { seen.push([runId, event.type]); });
    answer({ type: 'progress', runId: 'r1', event: { type: 'audit-started', accounts: 1, at: 'now' } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    unsubscribe();
    answer({ type: 'progress', runId: 'r1', event: { type: 'audit-finished', cancelled: false, at: 'now' } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual([['r1', 'audit-started']]);
  });

  it('fails every waiting call, and every later one, in plain words when the engine dies', async () => {
    const { client, pair } = clientWithFakeEngine();
    const calls = [client.call('browsers.find', {}), client.call('audit.cancel', { runId: 'r1' })];
    pair.close('exit code 1');
    await Promise.all(calls.map((call) => expect(call).rejects.toThrow(STOPPED)));
    await expect(client.call('browsers.find', {})).rejects.toThrow(STOPPED);
  });
});

describe('stopping the engine', () => {
  it('asks the engine to shut down and does not kill one that exits in time', async () => {
    let killed = 0;
    const { client, pair, requested } = clientWithFakeEngine({ stopGraceMs: 5_000, kill: () => { killed += 1; } });
    const asked = requested().then((request) => {
      pair.engine.post({ type: 'reply', id: request.id, ok: true, value: null });
      pair.close('exit code 0');
      return request.method;
    });
    await client.stop();
    expect(await asked).toBe('shutdown');
    expect(killed).toBe(0);
  });

  it('kills an engine that does not exit within the grace period', async () => {
    let killed = 0;
    const { client, requests } = clientWithFakeEngine({ stopGraceMs: 200, kill: () => { killed += 1; } });
    const started = Date.now();
    await client.stop();
    expect(requests.map((r) => r.method)).toEqual(['shutdown']);
    expect(killed).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('kills an engine that answers shutdown but stays running', async () => {
    let killed = 0;
    const { client, requested, pair } = clientWithFakeEngine({ stopGraceMs: 200, kill: () => { killed += 1; } });
    void requested().then((request) => { pair.engine.post({ type: 'reply', id: request.id, ok: true, value: null }); });
    await client.stop();
    expect(killed).toBe(1);
  });
});
