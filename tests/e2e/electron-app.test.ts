/**
 * Smoke test of the built desktop app in real Electron: it opens its first screen in a locked-down
 * window, keeps its data in the folder it is given, and quits cleanly. Where there is no Electron
 * binary (or no screen) it is skipped, and the reason is printed and listed in the run summary.
 */
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication } from 'playwright-core';
import { expect, it, type TestContext } from 'vitest';
import { findElectronHere } from './electron-binary.ts';
import { ensureDisplay, whichOnPath, type Display } from './virtual-display.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILT_MAIN = join(ROOT, 'out', 'main', 'index.js');

function skipBecause(ctx: TestContext, reason: string): never {
  console.log(`Skipped the desktop-app smoke test: ${reason}`);
  return ctx.skip(reason);
}

/** The test's environment minus anything that would make Electron behave unlike a user's launch. */
function appEnvironment(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['ELECTRON_RUN_AS_NODE', 'ELECTRON_RENDERER_URL', 'NODE_OPTIONS'].includes(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

async function waitForExit(app: ElectronApplication): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = app.process();
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  return { code: child.exitCode, signal: child.signalCode };
}

it('opens the first screen (first run) in a locked-down window, keeps its data where told, and quits cleanly', async (ctx) => {
  const electron = findElectronHere(ROOT);
  if (!electron.found) skipBecause(ctx, electron.reason);
  expect(existsSync(BUILT_MAIN), `${BUILT_MAIN} is missing: run \`npm run build\` first`).toBe(true);
  const screen = await ensureDisplay({ platform: process.platform, env: process.env, which: (name) => whichOnPath(name) });
  if (!screen.ready) skipBecause(ctx, screen.reason);

  const display: Display = screen.display;
  const dataDir = await mkdtemp(join(tmpdir(), 'chaperone-e2e-data-'));
  // Where Electron would put its data if the app ignored CHAPERONE_DATA_DIR (Linux).
  const configHome = await mkdtemp(join(tmpdir(), 'chaperone-e2e-config-'));
  let app: ElectronApplication | undefined;
  let stderr = '';
  try {
    app = await _electron.launch({
      executablePath: electron.path,
      // The project folder: Electron loads package.json "main", the built out/main/index.js, as `npm start` does.
      args: [ROOT],
      cwd: ROOT,
      env: appEnvironment({ ...display.env, CHAPERONE_DATA_DIR: dataDir, XDG_CONFIG_HOME: configHome }),
      timeout: 30_000,
    });
    app.process().stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });

    const page = await app.firstWindow();
    // A fresh data folder: the app opens on first run.
    await page.getByRole('heading', { level: 1, name: 'Set up Chaperone', exact: true }).waitFor({ state: 'visible', timeout: 15_000 });

    const preferences = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((window) => {
      // Missing from Electron's typings but there at run time: the preferences the page was made with.
      const contents = window.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null };
      return contents.getLastWebPreferences?.() ?? null;
    }));
    expect(preferences).toHaveLength(1);
    expect(preferences[0]).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });

    const globals = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return { chaperone: typeof scope.chaperone, require: typeof scope.require, process: typeof scope.process };
    });
    expect(globals).toEqual({ chaperone: 'object', require: 'undefined', process: 'undefined' });

    await app.close();
    const exit = await waitForExit(app);
    expect(exit, `the app did not quit cleanly; its stderr:\n${stderr}`).toEqual({ code: 0, signal: null });

    expect((await readdir(dataDir)).length, 'the app wrote nothing into CHAPERONE_DATA_DIR').toBeGreaterThan(0);
    if (process.platform === 'linux') {
      const strays = (await readdir(configHome)).filter((name) => /^(chaperone|electron)$/i.test(name));
      expect(strays, 'the app wrote to the default config folder instead of CHAPERONE_DATA_DIR').toEqual([]);
    }
  } finally {
    if (app && app.process().exitCode === null && app.process().signalCode === null) app.process().kill('SIGKILL');
    await display.stop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(configHome, { recursive: true, force: true });
  }
}, 120_000);
