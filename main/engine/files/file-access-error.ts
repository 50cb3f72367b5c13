/**
 * A user's file that could not be read or written, said in plain words: which file, and why
 * ("the disk is full", "permission was refused", "it is a folder"). The CLI exits 6 on it; the app
 * shows its message as it is.
 */
export type FileOperation = 'read' | 'write';

const CAUSES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EACCES: 'permission was refused',
  EPERM: 'permission was refused',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'part of its path is a file, not a folder',
  EROFS: 'the disk is read-only',
  EFBIG: 'the file is too large for the disk',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  ENAMETOOLONG: 'its name is too long',
  EBUSY: 'it is in use by another program',
  EIO: 'the disk reported an error',
};

export class FileAccessError extends Error {
  override readonly name = 'FileAccessError';
  readonly path: string;
  readonly code: string;
  /** The cause alone, in plain words: "the disk is full". */
  readonly reason: string;
  constructor(operation: FileOperation, path: string, code: string, reason: string) {
    super(`Could not ${operation} ${path}: ${reason}.`);
    this.path = path;
    this.code = code;
    this.reason = reason;
  }

  /** Wraps a failed Node file operation on `path`; an error that is already one passes through. */
  static from(error: unknown, operation: FileOperation, path: string): FileAccessError {
    if (error instanceof FileAccessError) return error;
    const code = errorCode(error);
    return new FileAccessError(operation, path, code, plainCause(code, operation, error));
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'EUNKNOWN';
}

function plainCause(code: string, operation: FileOperation, error: unknown): string {
  const known = CAUSES[code];
  if (known !== undefined) return known;
  if (code === 'ENOENT') return operation === 'read' ? 'there is no such file' : 'its folder does not exist';
  const message = error instanceof Error ? error.message : String(error);
  // Node's own words, without the code and syscall it starts with ("EXDEV: cross-device link not permitted, rename …").
  return message.split('\n')[0]?.replace(/^[A-Z]+: /, '').replace(/, \w+ .*$/, '').trim() || 'an unexpected error';
}
