import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { assertWindowCanShow } from '../../../main/cli/show-browser.ts';
import { runCli } from '../../support/run-cli.ts';

const audit = ['audit', '--name', 'Amina Rahman', '--account', 'x:personal:Personal X', '--browser', '/usr/bin/chromium'];

describe('--show-browser', () => {
  it('is in the help', async () => {
    const { out } = await runCli(['--help']);
    expect(out).toContain('--show-browser');
    expect(out).toContain('Chaperone — reading');
  });

  it.each([
    ['audit', audit],
    ['demo', ['demo', '--browser', '/usr/bin/chromium']],
  ])('%s: with no display, says so at once and starts nothing', async (_name, args) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'chaperone-show-'));
    const started = Date.now();
    const { code, err } = await runCli([...args, '--show-browser', '--data-dir', dataDir, '--json', join(dataDir, 'r.json')], {});
    expect(code).toBe(EXIT.browser);
    expect(err).toContain('No window could be opened: this session has no display');
    expect(err).toContain('leave out --show-browser');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('lets a desktop session (X11 or Wayland), macOS and Windows show the window', () => {
    expect(() => { assertWindowCanShow('/usr/bin/chromium', [], { DISPLAY: ':0' }, 'linux'); }).not.toThrow();
    expect(() => { assertWindowCanShow('/usr/bin/chromium', [], { WAYLAND_DISPLAY: 'wayland-0' }, 'linux'); }).not.toThrow();
    expect(() => { assertWindowCanShow('/usr/bin/chromium', [], {}, 'darwin'); }).not.toThrow();
    expect(() => { assertWindowCanShow('/usr/bin/chromium', [], {}, 'linux'); }).toThrow(/no display/);
  });
});
