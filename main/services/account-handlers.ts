import { rm } from 'node:fs/promises';
import { profileDirFor } from '../engine/browser/profiles.ts';
import { sameLabel } from '../shared/account-labels.ts';
import type { Account } from '../shared/api-contract.ts';
import type { AuditRuns } from './audit-runs.ts';
import { ApiError } from './api-error.ts';
import { withSessionChecks } from './audit-summary.ts';
import type { HandlerDeps } from './deps.ts';
import { findAccount } from './find-record.ts';
import type { Handlers } from './handler-table.ts';

type AccountHandlers = Pick<Handlers, 'accounts:list' | 'accounts:add' | 'accounts:signIn' | 'accounts:disconnect' | 'accounts:update'>;

/** Refuses a label that another account already has, in any case, accents or punctuation. */
function refuseTakenLabel(accounts: readonly Account[], label: string, exceptId: string | null): void {
  const other = accounts.find((a) => a.id !== exceptId && sameLabel(a.label, label));
  if (other === undefined) return;
  const alike = other.label === label ? '' : ' Names that differ only in capitals, accents or punctuation count as the same.';
  throw new ApiError(`You already have an account called "${other.label}".${alike} Give this one a different name.`);
}

export function accountHandlers(deps: HandlerDeps, runs: AuditRuns): AccountHandlers {
  const { store, engine } = deps;

  /** After the sign-in window closes: read the account once to see whether the session is there. */
  const confirmSession = async (accountId: string): Promise<Account> => {
    const account = store.read().accounts.find((a) => a.id === accountId);
    // Disconnected while the window was open, or no profile yet to audit with: nothing to confirm.
    if (account === undefined) throw new ApiError('That account was disconnected while its sign-in window was open.');
    if (store.read().profile === null) return account;
    let lastSessionCheck: Account['lastSessionCheck'];
    try {
      const report = await runs.readOne(account);
      const [checked] = withSessionChecks([account], report);
      lastSessionCheck = checked?.lastSessionCheck ?? null;
    } catch (error) {
      // Refused (an audit started meanwhile, or the account is going): that audit says what it finds.
      if (error instanceof ApiError) return findAccount(store.read(), accountId);
      const detail = `Chaperone could not check the sign-in: ${error instanceof Error ? error.message : String(error)}`;
      lastSessionCheck = { at: deps.now().toISOString(), state: 'unknown', detail };
    }
    const data = await store.update((d) => ({
      ...d, accounts: d.accounts.map((a) => (a.id === accountId ? { ...a, lastSessionCheck } : a)),
    }));
    return findAccount(data, accountId);
  };

  return {
    'accounts:list': () => Promise.resolve(store.read().accounts),
    'accounts:add': async (request) => {
      const label = request.label;
      const account: Account = {
        id: deps.newId(), platform: request.platform, label, kind: request.kind, host: request.host ?? null,
        addedAt: deps.now().toISOString(), lastSessionCheck: null,
      };
      // Checked inside the update, so two adds at the same moment cannot both take one label.
      await store.update((d) => {
        refuseTakenLabel(d.accounts, label, null);
        return { ...d, accounts: [...d.accounts, account] };
      });
      return account;
    },
    'accounts:signIn': async ({ accountId }) => {
      const account = findAccount(store.read(), accountId);
      if (runs.includes(accountId)) throw new ApiError('An audit of this account is running. Wait for it to finish, then sign in.');
      const { notice } = await engine.call('sign-in.open', {
        account: { id: account.id, platform: account.platform },
        dataDir: deps.dataDir, browserPath: store.read().settings.browserPath, extraBrowserArgs: deps.extraBrowserArgs,
      });
      return { account: await confirmSession(accountId), notice };
    },
    'accounts:update': async ({ accountId, label, kind }) => {
      // Only the stored record changes: the browser profile belongs to the id, so the sign-in stays,
      // and past audits keep the name and kind they were run with (they are records).
      const data = await store.update((d) => {
        const account = findAccount(d, accountId);
        if (label !== undefined) refuseTakenLabel(d.accounts, label, accountId);
        const changed = { ...account, ...(label === undefined ? {} : { label }), ...(kind === undefined ? {} : { kind }) };
        return { ...d, accounts: d.accounts.map((a) => (a.id === accountId ? changed : a)) };
      });
      return findAccount(data, accountId);
    },
    'accounts:disconnect': async ({ accountId }) => {
      const account = findAccount(store.read(), accountId);
      if (runs.includes(accountId)) throw new ApiError('An audit of this account is running. Cancel it or wait, then disconnect.');
      return runs.removing([accountId], async () => {
        // A sign-in window holds the profile open; close it before its folder goes.
        await engine.call('sign-in.close', { accountId });
        await rm(profileDirFor(deps.dataDir, account), { recursive: true, force: true, maxRetries: 3 });
        return (await store.update((d) => ({ ...d, accounts: d.accounts.filter((a) => a.id !== accountId) }))).accounts;
      });
    },
  };
}
