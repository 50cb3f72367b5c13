import type { Account, AppStatus, AuditSummary, InstalledBrowser, Settings, StoredPolicy } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';

export interface HomeData {
  status: AppStatus;
  accounts: Account[];
  browsers: InstalledBrowser[];
  /** Newest first. */
  history: AuditSummary[];
  settings: Settings;
  /** The social media policy as saved; null when none is started, 'unknown' when it could not be read. */
  policy: StoredPolicy | null | 'unknown';
}

/** Everything the dashboard shows, asked for at once. */
export async function loadHome(): Promise<HomeData> {
  const api = chaperone();
  const [status, accounts, browsers, history, settings, policy] = await Promise.all([
    api.settings.status(), api.accounts.list(), api.settings.browsers(), api.history.list(), api.settings.get(),
    // The policy's questions are read from its data file: if that fails, the rest of Home still shows.
    api.policy.get().then((view) => view.saved, () => 'unknown' as const),
  ]);
  return { status, accounts, browsers, history, settings, policy };
}
