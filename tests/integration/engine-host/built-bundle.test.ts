/** The engine bundle the desktop app forks (out/main/engine-host.js, from `npm run build`) starts and answers. */
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { forkEngine } from '../../../main/engine/host/child-link.ts';
import { createEngineClient } from '../../../main/engine/host/client.ts';

const BUILT_ENGINE = fileURLToPath(new URL('../../../out/main/engine-host.js', import.meta.url));

it('the built engine bundle runs on its own, finds this machine’s browser and stops when asked', async () => {
  const { link, child } = forkEngine(BUILT_ENGINE);
  const engine = createEngineClient(link);
  const browsers = await engine.call('browsers.find', {});
  expect(browsers.map((b) => b.executablePath)).toContain('/usr/bin/chromium');
  await engine.stop();
  expect(child.exitCode).toBe(0);
});
