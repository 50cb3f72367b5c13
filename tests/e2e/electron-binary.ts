/**
 * Where the Electron executable is, or why it is not there. The `electron` npm package no longer
 * downloads its binary on install, and requiring it would try to download one right then, so the
 * smoke test looks for the file itself and never imports 'electron'.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronLookup = { found: true; path: string } | { found: false; reason: string };

export interface ElectronProbe {
  env: Record<string, string | undefined>;
  /** The project folder, holding node_modules/electron. */
  root: string;
  exists(path: string): boolean;
  /** File contents, or undefined when there is no such file. */
  readText(path: string): string | undefined;
}

const HOW_TO_GET =
  'On a machine with internet run `npx install-electron` in the project folder, ' +
  'or set ELECTRON_EXEC_PATH to an Electron executable of the version in package.json.';

export function findElectron(probe: ElectronProbe): ElectronLookup {
  const override = probe.env.ELECTRON_EXEC_PATH?.trim();
  if (override) {
    return probe.exists(override)
      ? { found: true, path: override }
      : { found: false, reason: `ELECTRON_EXEC_PATH is set to ${override}, but there is no file there. ${HOW_TO_GET}` };
  }
  const packageDir = join(probe.root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const relative = probe.readText(pathFile)?.trim();
  if (!relative) {
    return { found: false, reason: `The Electron binary is not installed (${pathFile} is missing). ${HOW_TO_GET}` };
  }
  const binary = join(packageDir, 'dist', relative);
  return probe.exists(binary)
    ? { found: true, path: binary }
    : { found: false, reason: `The Electron binary is not installed (${binary} is missing). ${HOW_TO_GET}` };
}

export function findElectronHere(root: string): ElectronLookup {
  return findElectron({
    env: process.env,
    root,
    exists: existsSync,
    readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  });
}
