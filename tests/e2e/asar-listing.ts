/** Lists the files inside an app.asar by reading its JSON header (no unpacking, no extra package). */
import { openSync, readSync, closeSync } from 'node:fs';

interface AsarEntry { files?: Record<string, AsarEntry> }

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  if (read !== length) throw new Error(`asar: short read at ${String(position)}`);
  return buffer;
}

/**
 * Layout: a 4-byte size pickle (uint32 size field = 4, then the header pickle's size), then the
 * header pickle (uint32 payload size, uint32 string length, the JSON string).
 */
export function asarFiles(path: string): string[] {
  const fd = openSync(path, 'r');
  try {
    const sizes = readAt(fd, 0, 16);
    if (sizes.readUInt32LE(0) !== 4) throw new Error(`${path} is not an asar archive`);
    const json = readAt(fd, 16, sizes.readUInt32LE(12)).toString('utf8');
    const files: string[] = [];
    const walk = (entry: AsarEntry, prefix: string): void => {
      for (const [name, child] of Object.entries(entry.files ?? {})) {
        if (child.files) walk(child, `${prefix}${name}/`);
        else files.push(`${prefix}${name}`);
      }
    };
    walk(JSON.parse(json) as AsarEntry, '');
    return files;
  } finally {
    closeSync(fd);
  }
}
