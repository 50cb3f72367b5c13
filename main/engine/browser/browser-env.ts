/**
 * The environment a browser is started with. Chromium on Linux makes its single-instance socket
 * at $TMPDIR/<name>.XXXXXX/SingletonSocket, and a Unix socket's path may be at most 107 bytes.
 * Under a long TMPDIR (a nested temp folder, a sandboxed session) the browser exits at once with
 * nothing but "Target closed". There it gets /tmp instead; everything else is passed on as is.
 */
import { Buffer } from 'node:buffer';

/** sun_path is 108 bytes on Linux, with room for the closing NUL. */
const SOCKET_PATH_MAX = 107;
/** "/" + the longest singleton folder name seen ("com.microsoft.Edge.XXXXXX" and kin, with room) + "/SingletonSocket". */
const SOCKET_SUFFIX_BYTES = 1 + 32 + '/SingletonSocket'.length;

export function browserEnvironment(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): NodeJS.ProcessEnv {
  // macOS takes its temp folder from the system (short by design), Windows has no such socket.
  if (platform === 'darwin' || platform === 'win32') return env;
  const temp = env.TMPDIR;
  if (temp === undefined || Buffer.byteLength(temp) + SOCKET_SUFFIX_BYTES <= SOCKET_PATH_MAX) return env;
  return { ...env, TMPDIR: '/tmp' };
}
