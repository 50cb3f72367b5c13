import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditRuns } from './audit-runs.ts';
import type { HandlerDeps } from './deps.ts';
import type { Handlers } from './handler-table.ts';

type SettingsHandlers = Pick<Handlers, 'settings:get' | 'settings:update' | 'settings:browsers' | 'settings:status' | 'settings:deleteAllData'>;

export function settingsHandlers(deps: HandlerDeps, runs: AuditRuns): SettingsHandlers {
  const { store, engine } = deps;
  return {
    'settings:get': () => Promise.resolve(store.read().settings),
    'settings:update': async (changes) => (await store.update((d) => ({ ...d, settings: { ...d.settings, ...changes } }))).settings,
    'settings:browsers': async () => (await engine.call('browsers.find', {}))
      .map(({ kind, name, executablePath }) => ({ kind, name, executablePath })),
    'settings:status': () => Promise.resolve({ appVersion: deps.appVersion, dataDir: deps.dataDir, ...store.status }),
    'settings:deleteAllData': () => runs.removing(store.read().accounts.map((a) => a.id), async () => {
      // Stop whatever holds a profile open, then remove the profiles, the stored data and any copies set aside.
      for (const account of store.read().accounts) await engine.call('sign-in.close', { accountId: account.id });
      await runs.cancelAll();
      await rm(join(deps.dataDir, 'profiles'), { recursive: true, force: true, maxRetries: 3 });
      await store.clear();
      await deps.clearSessionData();
      const entries = await readdir(deps.dataDir).catch(() => []);
      await Promise.all(entries.filter((name) => name.startsWith('chaperone.unreadable-'))
        .map((name) => rm(join(deps.dataDir, name), { force: true })));
    }),
  };
}
