import { rm } from 'node:fs/promises';
import { profileDirFor } from '../engine/browser/profiles.ts';
import type { Account } from '../shared/api-contract.ts';
import type { AuditRuns } from './audit-runs.ts';
import { ApiError } from './api-error.ts';
import type { HandlerDeps } from './deps.ts';
import { findAccount } from './find-record.ts';
import type { Handlers } from './handler-table.ts';

type AccountHandlers = Pick<Handlers, 'accounts:list' | 'accounts:add' | 'accounts:signIn' | 'accounts:disconnect'>;

export function accountHandlers(deps: HandlerDeps, runs: AuditRuns): AccountHandlers {
  const { store, engine } = deps;
  return {
    'accounts:list': () => Promise.resolve(store.read().accounts),
    'accounts:add': async (request) => {
      const data = store.read();
      const label = request.label;
      if (data.accounts.some((a) => a.label.toLowerCase() === label.toLowerCase())) {
        throw new ApiError(`You already have an account called "${label}". Give this one a different name.`);
      }
      const account: Account = {
        id: deps.newId(), platform: request.platform, label, kind: request.kind, host: request.host ?? null,
        addedAt: deps.now().toISOString(), lastSessionCheck: null,
      };
      await store.update((d) => ({ ...d, accounts: [...d.accounts, account] }));
      return account;
    },
    'accounts:signIn': async ({ accountId }) => {
      const account = findAccount(store.read(), accountId);
      if (runs.includes(accountId)) throw new ApiError('An audit of this account is running. Wait for it to finish, then sign in.');
      await engine.call('sign-in.open', {
        account, dataDir: deps.dataDir, browserPath: store.read().settings.browserPath, extraBrowserArgs: deps.extraBrowserArgs,
      });
      return findAccount(store.read(), accountId);
    },
    'accounts:disconnect': async ({ accountId }) => {
      const account = findAccount(store.read(), accountId);
      if (runs.includes(accountId)) throw new ApiError('An audit of this account is running. Cancel it or wait, then disconnect.');
      // A sign-in window holds the profile open; close it before its folder goes.
      await engine.call('sign-in.close', { accountId });
      await rm(profileDirFor(deps.dataDir, account), { recursive: true, force: true, maxRetries: 3 });
      return (await store.update((d) => ({ ...d, accounts: d.accounts.filter((a) => a.id !== accountId) }))).accounts;
    },
  };
}
