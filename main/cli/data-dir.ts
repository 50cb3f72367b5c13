import { homedir } from 'node:os';
import { join } from 'node:path';

/** The same folder Electron uses as userData for "Chaperone", so the CLI and the app share profiles. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Chaperone');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Chaperone');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Chaperone');
}
