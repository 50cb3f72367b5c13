/** The built renderer over the real handlers, a real store in a temp folder and a scripted engine. */
import type { Page } from 'playwright-core';
import type { AuditEvent } from '../../main/shared/api-contract.ts';
import { handlerHarness, scriptedEngine, type Harness } from '../unit/services/handler-fixtures.ts';
import { auditWithAnswer, personalAccount, professionalAccount, rahmanProfile, tempDir } from '../unit/store/store-fixtures.ts';
import { openRenderer, type RendererSession } from './renderer-bridge.ts';

export type Script = Parameters<typeof scriptedEngine>[0];

export interface RendererAppOptions {
  page?: { defaultTimeout?: number };
  /** Runs before the page opens, e.g. to fill the store or swap a handler, so the first load sees it. */
  prepare?: (app: Harness) => Promise<unknown>;
}

export interface RendererApp {
  folder: { dir: string; remove(): void };
  app: Harness;
  engine: ReturnType<typeof scriptedEngine>;
  session: RendererSession;
  page: Page;
  /** Waits for audit events still on their way to the page, then closes the browser and removes the folder. */
  close(): Promise<void>;
}

/** Audit events go to the page in order, as main's webContents.send would. */
export async function openRendererApp(script: Script = {}, options: RendererAppOptions = {}): Promise<RendererApp> {
  const folder = tempDir();
  const engine = scriptedEngine(script);
  // Events emitted before the page is open have nowhere to go, as in the app.
  let deliver: (event: AuditEvent) => Promise<void> = () => Promise.resolve();
  let delivering = Promise.resolve();
  const app = await handlerHarness(folder.dir, engine, {
    onEmit: (event) => { delivering = delivering.then(() => deliver(event)).catch(() => undefined); },
  });
  await options.prepare?.(app);
  const session = await openRenderer(app.handlers);
  deliver = (event) => session.emit(event);
  const { page } = session;
  if (options.page?.defaultTimeout !== undefined) page.setDefaultTimeout(options.page.defaultTimeout);
  return {
    folder, app, engine, session, page,
    close: async () => {
      await delivering;
      await session.close();
      folder.remove();
    },
  };
}

/**
 * Dr Rahman's app as a returning user has it (her details, a personal and a professional account,
 * one audit), reloaded and opened on the section whose link and heading are given.
 */
export async function openAsReturningUser(ui: RendererApp, section: { link: string; heading: string }): Promise<void> {
  await ui.app.store.clear();
  await ui.app.store.update((data) => ({
    ...data, profile: rahmanProfile, accounts: [personalAccount, professionalAccount], history: [auditWithAnswer()],
  }));
  ui.engine.calls.length = 0;
  await ui.page.reload();
  await ui.page.getByRole('link', { name: section.link }).click();
  await ui.page.getByRole('heading', { level: 1, name: section.heading }).waitFor();
}
