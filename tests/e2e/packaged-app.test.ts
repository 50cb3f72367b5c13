/**
 * Packs the Linux app folder with the real electron-builder and electron-builder.yml, using a
 * stand-in for the Electron binary (it cannot be downloaded here): a small file carrying Electron's
 * fuse wire in its real format. Shows what an installer would ship and that the fuses get flipped.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asarFiles } from './asar-listing.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILDER_CLI = join(ROOT, 'node_modules', 'electron-builder', 'cli.js');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Fuse wire order (@electron/fuses FuseV1Options) and Electron's own defaults in that order.
const FUSES = ['runAsNode', 'enableCookieEncryption', 'enableNodeOptionsEnvironmentVariable', 'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation', 'onlyLoadAppFromAsar', 'loadBrowserProcessSpecificV8Snapshot', 'grantFileProtocolExtraPrivileges'];
const ELECTRON_DEFAULTS = '10110001';

interface PackageJson { version: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> }
const readJson = (path: string): PackageJson => JSON.parse(readFileSync(path, 'utf8')) as PackageJson;

let workDir = '';
let appDir = '';

async function makeStandInElectron(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const wire = Buffer.concat([Buffer.from(`stand-in\0${SENTINEL}`, 'latin1'), Buffer.from([1, FUSES.length]), Buffer.from(ELECTRON_DEFAULTS, 'latin1')]);
  await writeFile(join(dir, 'electron'), wire, { mode: 0o755 });
  await writeFile(join(dir, 'LICENSE'), 'stand-in\n');
  await writeFile(join(dir, 'version'), readJson(join(ROOT, 'node_modules', 'electron', 'package.json')).version);
}

function runBuilder(args: string[]): Promise<void> {
  const child = spawn(process.execPath, [BUILDER_CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => { if (code === 0) resolve(); else reject(new Error(`electron-builder exited with ${String(code)}:\n${output}`)); });
  });
}

function fuseStates(binary: Buffer): Record<string, boolean | string> {
  const at = binary.indexOf(SENTINEL, 0, 'latin1');
  if (at < 0) throw new Error('fuse sentinel not found');
  const wire = binary.subarray(at + SENTINEL.length + 2, at + SENTINEL.length + 2 + FUSES.length).toString('latin1');
  return Object.fromEntries(FUSES.map((name, i) => [name, wire[i] === '1' ? true : wire[i] === '0' ? false : `unknown ${String(wire[i])}`]));
}

beforeAll(async () => {
  expect(existsSync(join(ROOT, 'out', 'main', 'index.js')), 'out/ is missing: run `npm run build` first').toBe(true);
  workDir = await mkdtemp(join(tmpdir(), 'chaperone-pack-'));
  const standIn = join(workDir, 'electron-dist');
  const output = join(workDir, 'dist');
  await makeStandInElectron(standIn);
  await runBuilder(['--linux', 'dir', '--projectDir', ROOT, '--publish', 'never', `-c.electronDist=${standIn}`, `-c.directories.output=${output}`]);
  const unpacked = readdirSync(output).find((name) => name.startsWith('linux') && name.endsWith('-unpacked'));
  if (!unpacked) throw new Error(`no unpacked app in ${output}: ${readdirSync(output).join(', ')}`);
  appDir = join(output, unpacked);
}, 180_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('the packed desktop app', () => {
  it('holds the built bundles, package.json and the runtime dependencies, and nothing else', () => {
    const files = asarFiles(join(appDir, 'resources', 'app.asar'));
    expect(files).toEqual(expect.arrayContaining(['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json']));
    expect([...new Set(files.map((file) => file.split('/')[0]))].sort()).toEqual(['node_modules', 'out', 'package.json']);

    const project = readJson(join(ROOT, 'package.json'));
    const packages = new Set(files.filter((f) => f.startsWith('node_modules/')).map((f) => {
      const parts = f.split('/');
      return parts[1]?.startsWith('@') ? `${parts[1]}/${String(parts[2])}` : String(parts[1]);
    }));
    for (const name of Object.keys(project.dependencies ?? {})) expect(packages.has(name), `${name} is shipped`).toBe(true);
    const devTools = Object.keys(project.devDependencies ?? {}).filter((name) => packages.has(name));
    expect(devTools, 'development-only packages shipped in the app').toEqual([]);
  });

  it('puts the checklists beside the archive in resources/checklists, and no update feed', () => {
    const resources = readdirSync(join(appDir, 'resources')).sort();
    expect(resources).toEqual(['app.asar', 'checklists']);
    expect(readdirSync(join(appDir, 'resources', 'checklists')).sort()).toEqual(readdirSync(join(ROOT, 'checklists')).sort());
  });

  it('flips the release fuses in the executable', () => {
    const executable = readFileSync(join(appDir, 'chaperone'));
    expect(fuseStates(executable)).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
