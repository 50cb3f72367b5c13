/** The built renderer for the audit screens' tests: Chromium found, and Dr Rahman's two accounts on Home. */
import type { Page } from 'playwright-core';
import type { FoundBrowser } from '../../main/engine/browser/find-browsers.ts';
import type { StoreData } from '../../main/engine/store/model.ts';
import { openRendererApp, type RendererApp, type Script } from '../support/renderer-app.ts';
import { rahmanProfile } from '../unit/store/store-fixtures.ts';
import { PERSONAL, WORK } from './audit-screen-fixtures.ts';

const CHROMIUM: FoundBrowser = { kind: 'chromium', name: 'Chromium', executablePath: '/usr/bin/chromium', defaultUserDataDir: null };

export type Engine = RendererApp['engine'];

export interface AuditApp extends RendererApp {
  /** Puts the store in a state (profile and both accounts are there already), then opens Home. */
  openHome(change?: (data: StoreData) => StoreData): Promise<void>;
}

/** The built renderer over the real handlers; audit events go to the page in order, as main's webContents.send would. */
export async function openAuditApp(script: Script): Promise<AuditApp> {
  const ui = await openRendererApp({ 'browsers.find': () => Promise.resolve([CHROMIUM]), ...script });
  const { app, page } = ui;
  return {
    ...ui,
    openHome: async (change = (data) => data) => {
      await app.store.clear();
      await app.store.update((data) => change({ ...data, profile: rahmanProfile, accounts: [PERSONAL, WORK] }));
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Your social media audit' }).waitFor();
    },
  };
}

/** From Home, the latest audit's results (the way a user gets there). */
export async function openLatestResults(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^See the results/ }).click();
  await page.getByRole('heading', { level: 1, name: /Audit results/ }).waitFor();
}
