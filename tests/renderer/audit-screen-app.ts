/** The built renderer over the real handlers, a real store in a temp folder and a scripted engine. */
import type { Page } from 'playwright-core';
import type { FoundBrowser } from '../../main/engine/browser/find-browsers.ts';
import type { StoreData } from '../../main/engine/store/model.ts';
import type { AuditEvent } from '../../main/shared/api-contract.ts';
import { openRenderer, type RendererSession } from '../support/renderer-bridge.ts';
import { handlerHarness, scriptedEngine, type Harness } from '../unit/services/handler-fixtures.ts';
import { rahmanProfile, tempDir } from '../unit/store/store-fixtures.ts';
import { PERSONAL, WORK } from './audit-screen-fixtures.ts';

const CHROMIUM: FoundBrowser = { kind: 'chromium', name: 'Chromium', executablePath: '/usr/bin/chromium', defaultUserDataDir: null };

export type Engine = ReturnType<typeof scriptedEngine>;
type Script = Parameters<typeof scriptedEngine>[0];

export interface AuditApp {
  app: Harness;
  engine: Engine;
  session: RendererSession;
  page: Page;
  /** Puts the store in a state (profile and both accounts are there already), then opens Home. */
  openHome(change?: (data: StoreData) => StoreData): Promise<void>;
  close(): Promise<void>;
}

/** The built renderer over the real handlers; audit events go to the page in order, as main's webContents.send would. */
export async function openAuditApp(script: Script): Promise<AuditApp> {
  const folder = tempDir();
  const engine = scriptedEngine({ 'browsers.find': () => Promise.resolve([CHROMIUM]), ...script });
  let deliver: (event: AuditEvent) => Promise<void> = () => Promise.resolve();
  let delivering = Promise.resolve();
  const app = await handlerHarness(folder.dir, engine, {
    onEmit: (event) => { delivering = delivering.then(() => deliver(event)).catch(() => undefined); },
  });
  const session = await openRenderer(app.handlers);
  deliver = (event) => session.emit(event);
  return {
    app, engine, session, page: session.page,
    openHome: async (change = (data) => data) => {
      await app.store.clear();
      await app.store.update((data) => change({ ...data, profile: rahmanProfile, accounts: [PERSONAL, WORK] }));
      await session.page.reload();
      await session.page.getByRole('heading', { level: 1, name: 'Your social media audit' }).waitFor();
    },
    close: async () => {
      await delivering;
      await session.close();
      folder.remove();
    },
  };
}

/** From Home, the latest audit's results (the way a user gets there). */
export async function openLatestResults(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^See the results/ }).click();
  await page.getByRole('heading', { level: 1, name: /Audit results/ }).waitFor();
}
