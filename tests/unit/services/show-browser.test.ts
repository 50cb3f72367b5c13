/** "Read with the window showing": the app's request reaches the engine as showBrowser, and only when asked. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personalAccount, rahmanProfile, sampleReport, tempDir } from '../store/store-fixtures.ts';
import { handlerHarness, scriptedEngine } from './handler-fixtures.ts';

let folder: ReturnType<typeof tempDir>;
beforeEach(() => { folder = tempDir(); });
afterEach(() => { folder.remove(); });

async function started(args: Record<string, unknown>): Promise<unknown> {
  const engine = scriptedEngine({ 'audit.run': () => Promise.resolve(sampleReport()) });
  const app = await handlerHarness(folder.dir, engine);
  await app.store.update((d) => ({ ...d, profile: rahmanProfile, accounts: [{ ...personalAccount, lastSessionCheck: null }] }));
  await app.call('audit:start', args);
  await expect.poll(() => app.events.at(-1)?.type).toBe('finished');
  return engine.calls.find((c) => c.method === 'audit.run')?.params;
}

describe('reading an account with the window showing', () => {
  it('asks the engine for a visible window for that account', async () => {
    expect(await started({ accountIds: [personalAccount.id], showBrowser: true })).toMatchObject({
      accounts: [{ id: personalAccount.id }], showBrowser: true,
    });
  });

  it('keeps the browser hidden otherwise', async () => {
    expect(await started({})).not.toHaveProperty('showBrowser');
  });

  it('refuses a showBrowser that is not true or false', async () => {
    const app = await handlerHarness(folder.dir, scriptedEngine({}));
    await expect(app.call('audit:start', { showBrowser: 'yes' })).rejects.toThrow(/audit:start was given something it cannot use/);
  });
});
