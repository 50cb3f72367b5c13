/**
 * The built renderer, under the production Content-Security-Policy, talking to the real handlers
 * and store through window.chaperone: what a user sees on the first screen.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../unit/store/store-fixtures.ts';
import { fileURLToPath } from 'node:url';
import { forkEngine } from '../../../main/engine/host/child-link.ts';
import { createEngineClient } from '../../../main/engine/host/client.ts';
import { handlerHarness, scriptedEngine } from '../../unit/services/handler-fixtures.ts';
import { openRenderer, type RendererSession } from '../../support/renderer-bridge.ts';

let folder: ReturnType<typeof tempDir>;
let session: RendererSession | null = null;
beforeEach(() => { folder = tempDir(); });
afterEach(async () => {
  await session?.close();
  session = null;
  folder.remove();
});

describe('the first screen', () => {
  it('loads under the production CSP and tells the user where a damaged data file was kept', async () => {
    writeFileSync(join(folder.dir, 'chaperone.json'), '{"schemaVersion": 2, "settings": {');
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    session = await openRenderer(app.handlers);
    const blocked: string[] = [];
    session.page.on('console', (message) => { if (/Content.Security.Policy/i.test(message.text())) blocked.push(message.text()); });

    // A wait for the heading, not a one-second poll: on a busy machine the first render can take longer.
    await session.page.getByRole('heading', { level: 1, name: 'Set up Chaperone', exact: true }).waitFor();
    await session.page.getByText(app.store.status.recovered?.backupPath ?? 'missing').waitFor();
    expect(blocked).toEqual([]);
  });

  it('says nothing alarming when the data is sound and encrypted', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    session = await openRenderer(app.handlers);
    await session.page.getByRole('heading', { level: 1, name: 'Set up Chaperone' }).waitFor();
    await session.page.getByText('works only on this computer', { exact: true }).waitFor();
    expect(await session.page.getByRole('alert').count()).toBe(0);
    expect(await session.page.locator('.nhsuk-card--warning').count()).toBe(0);
  });

  it('reaches the real engine process through window.chaperone, as the app does', async () => {
    const { link } = forkEngine(fileURLToPath(new URL('../../../main/engine/host/entry.ts', import.meta.url)));
    const engine = createEngineClient(link);
    try {
      const app = await handlerHarness(folder.dir, engine);
      session = await openRenderer(app.handlers);
      const browsers = await session.page.evaluate(() => window.chaperone.settings.browsers());
      expect(browsers.map((b) => b.executablePath)).toContain('/usr/bin/chromium');
      await expect(session.page.evaluate(() => window.chaperone.history.get({ auditId: 'nope' })))
        .rejects.toThrow('history:get was given something it cannot use: auditId must be an id Chaperone gave out.');
    } finally {
      await engine.stop();
    }
  });
});
