/** The installer configuration: valid for electron-builder, ships the checklists, nothing else leaks in. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import type { Configuration, FileSet } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { builderConfigValidator, loadBuilderConfig, PROJECT_ROOT } from './builder-config.ts';

const config = loadBuilderConfig();
const validate = builderConfigValidator();

function projectFiles(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(join(PROJECT_ROOT, path)).isFile());
}

function includePatterns(): string[] {
  const files = config.files;
  const list = Array.isArray(files) ? files : files == null ? [] : [files];
  return list.map((entry) => {
    if (typeof entry !== 'string') throw new Error(`files entry is not a plain pattern: ${JSON.stringify(entry)}`);
    return entry;
  }).filter((pattern) => !pattern.startsWith('!'));
}

function extraResources(): FileSet[] {
  const value = config.extraResources;
  const list = Array.isArray(value) ? value : value == null ? [] : [value];
  return list.map((entry) => (typeof entry === 'string' ? { from: entry, to: entry } : entry));
}

/** Width, height, bit depth and colour type from a PNG's IHDR chunk. */
function pngHeader(bytes: Buffer): { width: number; height: number; bitDepth: number; colourType: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG file');
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG does not start with IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bitDepth: bytes.readUInt8(24), colourType: bytes.readUInt8(25) };
}

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    expect(validate(config)).toEqual([]);
  });

  it('would be refused by that schema with a misspelt fuse or a wrong type', () => {
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } };
    expect(validate(misspelt).map((e) => e.instancePath)).toContain('/electronFuses');
    expect(validate({ ...config, asar: 'yes' }).map((e) => e.instancePath)).toContain('/asar');
  });

  it('names the app Chaperone with its own app id', () => {
    expect(config.productName).toBe('Chaperone');
    expect(config.appId).toBe('uk.chaperone.desktop');
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
    expect(config.asar).toBe(true);
  });

  it('ships the checklists folder as resources/checklists, and that folder holds the checklists', () => {
    const shipped = extraResources().filter((set) => set.to === 'checklists');
    expect(shipped).toHaveLength(1);
    const from = join(PROJECT_ROOT, shipped[0]?.from ?? '');
    expect(statSync(from).isDirectory()).toBe(true);
    expect(readdirSync(from).filter((name) => name.endsWith('.yaml'))).toEqual(expect.arrayContaining(['common.yaml', 'guidance.yaml']));
  });

  it('packs the built bundles and package.json, and no sources, tests, scripts or reports', () => {
    const patterns = includePatterns();
    const shipped = (path: string): boolean => patterns.some((pattern) => matchesGlob(path, pattern));
    for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json']) {
      expect(shipped(built), built).toBe(true);
    }
    const mustStayOut = ['main', 'preload', 'renderer', 'tests', 'scripts', 'docs', 'checklists']
      .flatMap(projectFiles)
      .concat(existsSync(join(PROJECT_ROOT, 'reports')) ? projectFiles('reports') : [], 'electron-builder.yml', 'tsconfig.json', 'vitest.config.ts');
    expect(mustStayOut.length).toBeGreaterThan(20);
    expect(mustStayOut.filter(shipped)).toEqual([]);
  });

  it('flips the release fuses that close the side doors into the app', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('publishes nothing and sets up no update feed, on any platform or target', () => {
    expect(config.publish).toBeNull();
    const sections: (keyof Configuration)[] = ['win', 'nsis', 'mac', 'dmg', 'linux', 'appImage', 'deb'];
    for (const key of sections) {
      const section = config[key] as Record<string, unknown> | undefined;
      expect(section?.publish ?? null, `${key}.publish`).toBeNull();
    }
  });

  it('builds a per-user Windows installer, a hardened macOS dmg and Linux AppImage + deb', () => {
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(JSON.stringify(config.mac?.target)).toContain('"dmg"');
    expect(config.mac?.category).toMatch(/^public\.app-category\./);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBeTruthy();
  });
});

describe('app icon', () => {
  const iconDir = join(PROJECT_ROOT, loadBuilderConfig().directories?.buildResources ?? 'build');

  it('is a 1024×1024 RGBA PNG in the build resources, made from the SVG beside it', () => {
    const header = pngHeader(readFileSync(join(iconDir, 'icon.png')));
    expect(header).toEqual({ width: 1024, height: 1024, bitDepth: 8, colourType: 6 });
    expect(readFileSync(join(iconDir, 'icon.svg'), 'utf8')).toContain('#005EB8');
    expect(relative(PROJECT_ROOT, iconDir)).toBe('build');
  });
});
