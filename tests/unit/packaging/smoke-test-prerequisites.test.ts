/** The desktop smoke test finds Electron and a screen, or says exactly what is missing. */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectron, type ElectronProbe } from '../../e2e/electron-binary.ts';
import { ensureDisplay } from '../../e2e/virtual-display.ts';

const ROOT = '/project';
const PATH_TXT = '/project/node_modules/electron/path.txt';
const BINARY = '/project/node_modules/electron/dist/electron';

function probe(files: Record<string, string>, env: Record<string, string> = {}): ElectronProbe {
  return { env, root: ROOT, exists: (path) => path in files, readText: (path) => files[path] };
}

describe('finding the Electron binary', () => {
  it('uses ELECTRON_EXEC_PATH when it points at a file', () => {
    expect(findElectron(probe({ '/opt/electron/electron': '' }, { ELECTRON_EXEC_PATH: '/opt/electron/electron' })))
      .toEqual({ found: true, path: '/opt/electron/electron' });
  });

  it('says so when ELECTRON_EXEC_PATH points at nothing, rather than falling back quietly', () => {
    const result = findElectron(probe({ [PATH_TXT]: 'electron', [BINARY]: '' }, { ELECTRON_EXEC_PATH: '/nowhere/electron' }));
    expect(result).toEqual({ found: false, reason: expect.stringContaining('ELECTRON_EXEC_PATH is set to /nowhere/electron') as unknown });
  });

  it('uses the binary that `npx install-electron` put in node_modules/electron/dist', () => {
    expect(findElectron(probe({ [PATH_TXT]: 'electron\n', [BINARY]: '' }))).toEqual({ found: true, path: BINARY });
  });

  it('explains how to get Electron when it was never downloaded', () => {
    const result = findElectron(probe({}));
    expect(result.found).toBe(false);
    const reason = result.found ? '' : result.reason;
    expect(reason).toContain('path.txt is missing');
    expect(reason).toContain('npx install-electron');
    expect(reason).toContain('ELECTRON_EXEC_PATH');
  });

  it('notices a path.txt whose binary has gone', () => {
    const result = findElectron(probe({ [PATH_TXT]: 'electron' }));
    expect(result).toEqual({ found: false, reason: expect.stringContaining(`${BINARY} is missing`) as unknown });
  });
});

describe('finding a screen', () => {
  let dir = '';
  const script = (name: string, body: string): Promise<string> => {
    const path = join(dir, name);
    return writeFile(path, `#!/bin/sh\n${body}\n`).then(() => chmod(path, 0o755)).then(() => path);
  };

  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'chaperone-display-')); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('needs nothing on macOS and Windows, or where a display is already set', async () => {
    for (const [platform, env] of [['darwin', {}], ['win32', {}], ['linux', { DISPLAY: ':0' }]] as const) {
      const result = await ensureDisplay({ platform, env, which: () => undefined });
      expect(result.ready && result.display.env).toEqual({});
    }
  });

  it('says Xvfb is missing when Linux has no display and no Xvfb', async () => {
    const result = await ensureDisplay({ platform: 'linux', env: {}, which: () => undefined });
    expect(result).toEqual({ ready: false, reason: expect.stringContaining('Xvfb is not installed') as unknown });
  });

  it('starts Xvfb, takes the display number it reports, and stops it again', async () => {
    const pidFile = join(dir, 'pid');
    const fakeXvfb = await script('xvfb-ok', `echo $$ > ${pidFile}\necho 42 >&3\nexec sleep 30`);
    const result = await ensureDisplay({ platform: 'linux', env: {}, which: () => fakeXvfb });
    if (!result.ready) throw new Error(result.reason);
    expect(result.display.env).toEqual({ DISPLAY: ':42' });
    await result.display.stop();
    const pid = Number((await readFile(pidFile, 'utf8')).trim());
    expect(() => process.kill(pid, 0)).toThrow();
  });

  it('fails with the reason when Xvfb exits before reporting a display', async () => {
    const brokenXvfb = await script('xvfb-broken', 'echo "cannot open /tmp/.X11-unix" >&2\nexit 1');
    await expect(ensureDisplay({ platform: 'linux', env: {}, which: () => brokenXvfb })).rejects.toThrow(/exited early[\s\S]*cannot open/);
  });
});
