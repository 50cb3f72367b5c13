/**
 * The built preload (out/preload/index.cjs, as the sandbox loads it) exposes window.chaperone and
 * nothing else: functions over the contract's channels, no ipcRenderer, no event objects.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_EVENT_CHANNEL, CHANNELS, type ChaperoneApi } from '../../../main/shared/api-contract.ts';

const BUNDLE = new URL('../../../out/preload/index.cjs', import.meta.url);

interface FakeIpc {
  invoked: { channel: string; args: unknown[] }[];
  listeners: Map<string, Set<(...args: unknown[]) => void>>;
  reply: (channel: string) => Promise<unknown>;
}

function loadPreload(): { exposed: Map<string, unknown>; ipc: FakeIpc } {
  const exposed = new Map<string, unknown>();
  const ipc: FakeIpc = { invoked: [], listeners: new Map(), reply: () => Promise.resolve('ok') };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => { exposed.set(key, value); } },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => { ipc.invoked.push({ channel, args }); return ipc.reply(channel); },
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        const set = ipc.listeners.get(channel) ?? new Set();
        set.add(listener);
        ipc.listeners.set(channel, set);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => { ipc.listeners.get(channel)?.delete(listener); },
    },
  };
  const sandboxRequire = (name: string): unknown => {
    if (name === 'electron') return electron;
    throw new Error(`A sandboxed preload cannot require ${name}`);
  };
  runInNewContext(readFileSync(BUNDLE, 'utf8'), { require: sandboxRequire, module: { exports: {} }, exports: {} });
  return { exposed, ipc };
}

describe('the built preload', () => {
  let api: ChaperoneApi;
  let ipc: FakeIpc;
  let exposed: Map<string, unknown>;
  beforeAll(() => {
    ({ exposed, ipc } = loadPreload());
    api = exposed.get('chaperone') as ChaperoneApi;
  });

  it('exposes only window.chaperone, with a function for every channel and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['chaperone']);
    const functions = Object.entries(api).flatMap(([domain, methods]) =>
      Object.entries(methods as Record<string, unknown>).map(([name, fn]) => {
        expect(typeof fn).toBe('function');
        return `${domain}:${name}`;
      }));
    expect(functions.sort()).toEqual([...CHANNELS, 'audit:onEvent'].sort());
  });

  it('sends each call on its own channel with the caller’s argument only', async () => {
    await api.history.get({ auditId: 'a' });
    await api.settings.status();
    expect(ipc.invoked.slice(-2)).toEqual([
      { channel: 'history:get', args: [{ auditId: 'a' }] },
      { channel: 'settings:status', args: [] },
    ]);
  });

  it('hands audit listeners the event data, never Electron’s event object, and unsubscribes', () => {
    const received: unknown[][] = [];
    const stop = api.audit.onEvent((...args: unknown[]) => { received.push(args); });
    const [listener] = ipc.listeners.get(AUDIT_EVENT_CHANNEL) ?? [];
    listener?.({ sender: 'the ipc event, with its sender' }, { runId: 'r', type: 'failed', message: 'm' });
    expect(received).toEqual([[{ runId: 'r', type: 'failed', message: 'm' }]]);
    stop();
    expect(ipc.listeners.get(AUDIT_EVENT_CHANNEL)?.size).toBe(0);
  });

  it('passes on the handler’s plain message without Electron’s wrapping', async () => {
    ipc.reply = () => Promise.reject(new Error("Error invoking remote method 'profile:save': ApiError: Enter your name."));
    await expect(api.profile.save({ registeredName: '', profession: 'doctor', regulator: 'GMC', registrationNumber: null }))
      .rejects.toThrow(/^Enter your name\.$/);
  });
});
