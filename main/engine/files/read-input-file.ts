/**
 * Reads a file the user handed to Chaperone (an audit, a reflection, a summary to verify, a
 * checklist) with a size cap, so that a folder, a device that never ends (/dev/zero), a pipe or a
 * multi-gigabyte file is refused with a plain message instead of hanging or exhausting memory.
 */
import { open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { FileAccessError } from './file-access-error.ts';

const MB = 1024 * 1024;

export interface InputLimit {
  maxBytes: number;
  /** How the refusal names what the file should have been: "an audit file". */
  what: string;
}

/** The caps, documented in README.md. Each is many times the largest real file of its kind. */
export const INPUT_LIMITS = {
  /** A JSON report or a stored audit: the demo's five accounts make 0.4 MB. */
  audit: { maxBytes: 64 * MB, what: 'an audit file' },
  /** A sealed summary (PDF, text or JSON) or policy (PDF, Markdown or DOCX) to verify. */
  sealed: { maxBytes: 64 * MB, what: 'a Chaperone summary' },
  /** A reflection written by the user. */
  reflection: { maxBytes: 1 * MB, what: 'a reflection' },
  /** The answers for a policy (`chaperone policy --answers`): a few kB in practice. */
  answers: { maxBytes: 1 * MB, what: 'a policy answers file' },
  /** One checklist YAML file. */
  checklist: { maxBytes: 4 * MB, what: 'a checklist file' },
} as const satisfies Record<string, InputLimit>;

/** The file's bytes; throws FileAccessError naming the file when it is not an ordinary file within the cap. */
export async function readInputFile(file: string, limit: InputLimit): Promise<Buffer> {
  try {
    // Look before opening: opening a pipe waits for a writer, and a device may never end.
    check(file, await stat(file), limit);
    const handle = await open(file, 'r');
    try {
      const info = await handle.stat();
      check(file, info, limit);
      // Stop as soon as the cap is passed, in case the file grows while it is read.
      const chunks: Buffer[] = [];
      let length = 0;
      for (;;) {
        const chunk = Buffer.alloc(Math.min(MB, limit.maxBytes + 1));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        length += bytesRead;
        if (length > limit.maxBytes) throw tooLarge(file, length, limit);
      }
      return Buffer.concat(chunks, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw FileAccessError.from(error, 'read', file);
  }
}

function check(file: string, info: Stats, limit: InputLimit): void {
  if (info.isDirectory()) throw new FileAccessError('read', file, 'EISDIR', 'it is a folder, not a file');
  if (!info.isFile()) throw new FileAccessError('read', file, 'EINVAL', 'it is a device or a pipe, not an ordinary file');
  if (info.size > limit.maxBytes) throw tooLarge(file, info.size, limit);
}

function tooLarge(file: string, size: number, limit: InputLimit): FileAccessError {
  return new FileAccessError('read', file, 'EFBIG', `it is ${formatSize(size)}, more than the ${limit.maxBytes / MB} MB ${limit.what} can be`);
}

/** Rounded up, and in kB near the caps, so a file just over a cap never reads as the cap itself. */
function formatSize(bytes: number): string {
  if (bytes >= 1024 * MB) return `${(bytes / (1024 * MB)).toFixed(1)} GB`;
  if (bytes >= 10 * MB) return `${Math.ceil(bytes / MB)} MB`;
  return `${Math.ceil(bytes / 1024)} kB`;
}
