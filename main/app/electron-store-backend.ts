import ElectronStore from 'electron-store';
import type { BackendFactory } from '../engine/store/model.ts';

/** electron-store as dumb persistence: our own document, versions and recovery sit on top (engine/store). */
export const electronStoreBackend: BackendFactory = ({ dir, name }) =>
  new ElectronStore<Record<string, unknown>>({
    cwd: dir, name, clearInvalidConfig: false, configFileMode: 0o600, accessPropertiesByDotNotation: false,
  });
