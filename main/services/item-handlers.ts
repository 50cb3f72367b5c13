/**
 * One item of a stored audit: open its settings page, "Check again" after the user changed it, and
 * "I checked this myself" for a setting Chaperone could not read.
 */
import type { ItemResult } from '../engine/audit/model.ts';
import type { Account, Recheck } from '../shared/api-contract.ts';
import { SELF_CHECK_STATUS } from '../shared/audit-view.ts';
import { ApiError } from './api-error.ts';
import type { AuditRuns } from './audit-runs.ts';
import { withSessionChecks } from './audit-summary.ts';
import type { HandlerDeps } from './deps.ts';
import { findAccount, findAudit } from './find-record.ts';
import type { Handlers } from './handler-table.ts';
import { recheckFrom } from './recheck-record.ts';
import { updateAudit } from './update-audit.ts';

type ItemHandlers = Pick<Handlers, 'audit:recheck' | 'audit:checkedByYou' | 'audit:openSetting'>;

/** The reason a setting the person could not find stays "could not check". */
const NOT_FOUND = 'You looked for this setting yourself and could not find it.';

export function itemHandlers(deps: HandlerDeps, runs: AuditRuns): ItemHandlers {
  const { store, engine, now } = deps;
  const locate = (auditId: string, accountId: string, itemId: string): { account: Account; item: ItemResult } => {
    const data = store.read();
    const audit = findAudit(data, auditId);
    const item = audit.report.audit.accounts.find((a) => a.account.id === accountId)?.items.find((i) => i.itemId === itemId);
    if (item === undefined) throw new ApiError('That item is not part of this audit.');
    return { account: findAccount(data, accountId), item };
  };

  return {
    'audit:recheck': async ({ auditId, accountId, itemId }) => {
      const { account, item } = locate(auditId, accountId, itemId);
      if (item.setting === null) {
        throw new ApiError('This is a question only you can answer, not a setting Chaperone reads, so it cannot be checked again.');
      }
      // The settings window opened by "Open this setting" holds the account's browser profile: the
      // user has made their change, so it is closed before the profile is read.
      const report = await runs.readOne(account, async () => { await engine.call('sign-in.close', { accountId }); });
      const recheck = recheckFrom(report, accountId, itemId, deps.now().toISOString());
      const data = await store.update((d) => {
        const audit = findAudit(d, auditId);
        const updated = { ...audit, rechecks: [...audit.rechecks, recheck] };
        return { ...d, history: d.history.map((a) => (a.id === auditId ? updated : a)), accounts: withSessionChecks(d.accounts, report) };
      });
      return findAudit(data, auditId);
    },
    'audit:checkedByYou': ({ auditId, accountId, itemId, found, note }) => updateAudit(store, auditId, (audit) => {
      const item = audit.report.audit.accounts.find((a) => a.account.id === accountId)?.items.find((i) => i.itemId === itemId);
      if (item === undefined) throw new ApiError('That item is not part of this audit.');
      // Only what Chaperone could not read: a value it did read is never overwritten by hand.
      if (item.status !== 'unknown') throw new ApiError('Chaperone read this setting itself, so there is nothing to check by hand. Use "Check again" instead.');
      const recheck: Recheck = {
        accountId, itemId, at: now().toISOString(), status: SELF_CHECK_STATUS[found], observed: null,
        reason: found === 'not-found' ? NOT_FOUND : null, byYou: { found, note: note?.trim() ?? '' },
      };
      return { ...audit, rechecks: [...audit.rechecks, recheck] };
    }),
    'audit:openSetting': async ({ auditId, accountId, itemId }) => {
      const { account, item } = locate(auditId, accountId, itemId);
      if (item.fix.url === null) throw new ApiError('This item has no settings page to open. Follow the steps shown instead.');
      if (runs.includes(accountId)) throw new ApiError('Chaperone is reading this account now. Wait for it to finish, then open the setting.');
      await engine.call('sign-in.open', {
        account: { id: account.id, platform: account.platform }, url: item.fix.url,
        dataDir: deps.dataDir, browserPath: store.read().settings.browserPath, extraBrowserArgs: deps.extraBrowserArgs,
      });
    },
  };
}
