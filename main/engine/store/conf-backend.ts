/** The store's backend for the CLI and tests: conf over `<dir>/<name>.json`. The app uses electron-store, a subclass of Conf. */
import Conf from 'conf';
import type { BackendFactory } from './model.ts';

export const confBackend: BackendFactory = ({ dir, name }) => new Conf<Record<string, unknown>>({
  cwd: dir,
  configName: name,
  // An unreadable file must reach openStore (which moves it aside), never be wiped by conf.
  clearInvalidConfig: false,
  // Only the user may read the file, where the system supports modes.
  configFileMode: 0o600,
  // Keys are whole document parts, never paths.
  accessPropertiesByDotNotation: false,
});
