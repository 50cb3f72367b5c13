/**
 * Writes a file the user asked for (a report, a summary) so that a failure never leaves a
 * truncated file behind and never destroys the one that was there: the content goes to a
 * temporary file beside the target, is flushed to disk, and is then renamed over the target.
 * New files are readable by their owner only (0600): they hold the person's audit.
 *
 * A target that exists and is not an ordinary file (/dev/null, /dev/full, a pipe, a terminal) is
 * written in place: renaming over it would replace the device itself. Paths under /dev and /proc
 * (/dev/stdout, /dev/fd/3) are always written in place, so no temporary file is ever made there.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FileAccessError } from './file-access-error.ts';

const OWNER_ONLY = 0o600;

/** Writes `content` (text as UTF-8, bytes as they are) to `file`; resolves with its absolute path. Throws FileAccessError. */
export async function writeFileSafely(file: string, content: string | Uint8Array): Promise<string> {
  const target = resolve(file);
  try {
    await mkdir(dirname(target), { recursive: true, mode: 0o700 }).catch((error: unknown) => {
      // mkdir says EEXIST when a file stands where a folder of the path should be.
      throw (error as NodeJS.ErrnoException).code === 'EEXIST' ? Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }) : error;
    });
    const existing = await statOrNull(target);
    if (existing?.isDirectory() === true) throw new FileAccessError('write', target, 'EISDIR', 'it is a folder, not a file');
    if ((existing !== null && !existing.isFile()) || isSystemPath(target)) {
      await writeFile(target, content, { flag: 'w', mode: OWNER_ONLY });
      return target;
    }
    // Through a symbolic link, replace the file it points to and keep the link.
    const real = existing === null ? target : await realpath(target);
    if (isSystemPath(real)) {
      await writeFile(real, content, { flag: 'w', mode: OWNER_ONLY });
      return target;
    }
    await replace(real, content);
    return target;
  } catch (error) {
    throw FileAccessError.from(error, 'write', target);
  }
}

async function replace(path: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path).slice(0, 80)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', OWNER_ONLY);
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function isSystemPath(path: string): boolean {
  return process.platform !== 'win32' && /^\/(dev|proc)(\/|$)/.test(path);
}
