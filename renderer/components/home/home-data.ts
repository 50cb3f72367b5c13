import type { Account, AppStatus, AuditSummary, InstalledBrowser, Settings } from '../../../main/shared/api-contract.ts';
import { chaperone } from '../../chaperone-api.ts';

export interface HomeData {
  status: AppStatus;
  accounts: Account[];
  browsers: InstalledBrowser[];
  /** Newest first. */
  history: AuditSummary[];
  settings: Settings;
}

/** Everything the dashboard shows, asked for at once. */
export async function loadHome(): Promise<HomeData> {
  const api = chaperone();
  const [status, accounts, browsers, history, settings] = await Promise.all([
    api.settings.status(), api.accounts.list(), api.settings.browsers(), api.history.list(), api.settings.get(),
  ]);
  return { status, accounts, browsers, history, settings };
}
