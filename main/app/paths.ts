/** Where the app finds its parts and keeps its data. */
import { join, resolve } from 'node:path';
import { app } from 'electron';
import { defaultDataDir } from '../cli/data-dir.ts';

/** The project folder in development, the app archive when installed; the bundles are in its out/. */
const root = (): string => app.getAppPath();

export const appPaths = {
  /** CHAPERONE_DATA_DIR (tests, portable use) or the same folder the CLI uses. */
  dataDir: (): string => resolve(process.env.CHAPERONE_DATA_DIR ?? defaultDataDir()),
  /** Shipped beside the archive as a resource in the installers (electron-builder.yml), in the project otherwise. */
  checklistDir: (): string => (app.isPackaged ? join(process.resourcesPath, 'checklists') : join(root(), 'checklists')),
  rendererDir: (): string => join(root(), 'out', 'renderer'),
  preload: (): string => join(root(), 'out', 'preload', 'index.cjs'),
  engineEntry: (): string => join(root(), 'out', 'main', 'engine-host.js'),
};
