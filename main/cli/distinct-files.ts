/**
 * Refuses a command line on which an output names the same file as an input or as another
 * output (`report --from audit.json --json audit.json` would overwrite the audit it summarises).
 * Checked before anything is read, run or written. Symbolic links and hard links count as the
 * same file; devices and pipes (/dev/null, /dev/stdout) may be named more than once.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './exit-codes.ts';

export interface NamedFile {
  /** The option that named it: "--json". */
  flag: string;
  path: string | undefined;
  role: 'input' | 'output';
}

export async function refuseSameFile(files: readonly NamedFile[]): Promise<void> {
  const seen: { file: NamedFile; key: string }[] = [];
  for (const file of files) {
    if (file.path === undefined) continue;
    const key = await identity(file.path);
    if (key === null) continue;
    const twin = seen.find((s) => s.key === key && (s.file.role === 'output' || file.role === 'output'));
    if (twin !== undefined) throw new UsageError(sameFileMessage(twin.file, file, resolve(file.path)));
    seen.push({ file, key });
  }
}

function sameFileMessage(first: NamedFile, second: NamedFile, path: string): string {
  if (first.role === 'input' || second.role === 'input') {
    const [input, output] = first.role === 'input' ? [first, second] : [second, first];
    return `${output.flag} and ${input.flag} name the same file (${path}): writing it would overwrite what Chaperone is reading. Choose another file for ${output.flag}.`;
  }
  return `${first.flag} and ${second.flag} name the same file (${path}); give each its own file.`;
}

/** The same key for the same file however it is named; null for a device or pipe. */
async function identity(file: string): Promise<string | null> {
  const path = resolve(file);
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
    return `file ${info.dev}:${info.ino}`;
  } catch {
    // Not there yet: its folder's real path and its name.
  }
  try {
    return `path ${join(await realpath(dirname(path)), basename(path))}`;
  } catch {
    return `path ${path}`;
  }
}
