/**
 * A disk that fills up part-way through a write. The file system is simulated here (node:fs/promises
 * with every data write failing with ENOSPC after its first 100 bytes, as a real full disk does);
 * everything else is real: the CLI, the folder, the files.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { runCli } from '../../support/run-cli.ts';

const disk = vi.hoisted(() => ({ full: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const ROOM = 100;
  const enospc = (): Error => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  const head = (data: unknown): string | Uint8Array => (typeof data === 'string' ? data.slice(0, ROOM) : (data as Uint8Array).subarray(0, ROOM));
  const fullHandle = (handle: FileHandle): FileHandle => new Proxy(handle, {
    get(target, key) {
      if (disk.full && (key === 'writeFile' || key === 'write')) {
        return async (data: string | Uint8Array) => { await target.writeFile(head(data)); throw enospc(); };
      }
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const mocked = {
    ...real,
    writeFile: async (...args: Parameters<typeof real.writeFile>) => {
      if (!disk.full) return real.writeFile(...args);
      await real.writeFile(args[0], head(args[1]), args[2]);
      throw enospc();
    },
    open: async (...args: Parameters<typeof real.open>) => fullHandle(await real.open(...args)),
  };
  return { ...mocked, default: mocked };
});

const DEMO = fileURLToPath(new URL('../../../renderer/example/demo-audit.json', import.meta.url));
const PREVIOUS = `${JSON.stringify({ summary: 'the previous good one', padding: 'x'.repeat(500) })}\n`;


let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'chaperone-full-disk-')); });
afterEach(async () => { disk.full = false; await rm(dir, { recursive: true, force: true }); });

describe('a disk that fills up while a summary is regenerated', () => {
  it.each(['--json', '--text'])('%s: exits 6 naming the file, keeps the previous summary byte-identical, leaves no temporary file', async (flag) => {
    const target = join(dir, 'summary.out');
    await writeFile(target, PREVIOUS);
    disk.full = true;
    const { code, err } = await runCli(['report', '--from', DEMO, '--declare-no-patient-info', flag, target]);
    disk.full = false;
    expect(code).toBe(EXIT.io);
    expect(err).toBe(`chaperone: Could not write ${target}: the disk is full.\n`);
    expect(await readFile(target, 'utf8')).toBe(PREVIOUS);
    expect(await readdir(dir)).toEqual(['summary.out']);
  });

  it('a new file that cannot be written is not left half-written', async () => {
    const target = join(dir, 'summary.json');
    disk.full = true;
    const { code } = await runCli(['report', '--from', DEMO, '--declare-no-patient-info', '--json', target]);
    disk.full = false;
    expect(code).toBe(EXIT.io);
    expect(await readdir(dir)).toEqual([]);
  });
});
