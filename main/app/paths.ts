/** Where the app finds its parts and keeps its data. */
import { join, resolve } from 'node:path';
import { app } from 'electron';
import { defaultDataDir } from '../cli/data-dir.ts';

const here = import.meta.dirname;

export const appPaths = {
  /** CHAPERONE_DATA_DIR (tests, portable use) or the same folder the CLI uses. */
  dataDir: (): string => resolve(process.env.CHAPERONE_DATA_DIR ?? defaultDataDir()),
  /** Shipped as a resource in the installers (electron-builder.yml), read from the source tree otherwise. */
  checklistDir: (): string => (app.isPackaged ? join(process.resourcesPath, 'checklists') : resolve(here, '../../checklists')),
  rendererDir: (): string => join(here, '../renderer'),
  preload: (): string => join(here, '../preload/index.cjs'),
  engineEntry: (): string => join(here, 'engine-host.js'),
};
