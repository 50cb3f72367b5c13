/**
 * `chaperone verify`: recomputes a sealed export's hash and says, in plain words, whether the file
 * has changed since it was sealed. The hash is unkeyed, so a match shows only that: not who made the
 * file, nor that the date written in it is true (see docs/seal.md). The CLI reads the file, with a
 * size cap, and hands over its bytes.
 */
import {
  canonicalJson, endsWithZipComment, PDF_SEAL_PREFIX, SEAL_VERSION, serialiseJson, sha256Hex,
} from './seal.ts';
import { FINGERPRINT_DIFFERS, NO_FINGERPRINT } from '../../shared/seal-words.ts';

export type VerifyResult =
  | { ok: true; kind: 'pdf' | 'text' | 'json' | 'docx'; generated: string; content: string }
  | { ok: false; reason: string };

export const CHANGED = FINGERPRINT_DIFFERS;
export const NO_SEAL = NO_FINGERPRINT;
const NEWER = "This file's fingerprint is in a newer format than this version of Chaperone reads; update Chaperone to check it.";

const LINE = /^(%chaperone-seal v|Chaperone fingerprint: v)(\d+) generated=(\S+) content=(\S+) file=([0-9a-f]{64})$/;

export function verifyBytes(bytes: Uint8Array): VerifyResult {
  const first = firstNonSpace(bytes);
  if (first === 0x7b /* { */) return verifyJson(bytes);
  return verifyLine(bytes);
}

function verifyLine(bytes: Uint8Array): VerifyResult {
  const lastLine = lastLineOf(bytes);
  const match = lastLine === null ? null : LINE.exec(lastLine);
  if (match === null) return lastLine !== null && looksSealed(lastLine) ? { ok: false, reason: CHANGED } : { ok: false, reason: NO_SEAL };
  const [, prefix = '', version = '', generated = '', content = '', file = ''] = match;
  if (Number(version) !== SEAL_VERSION) return { ok: false, reason: NEWER };
  // Everything up to the digest and its closing newline is covered.
  const covered = bytes.subarray(0, bytes.length - file.length - 1);
  if (sha256Hex(covered) !== file) return { ok: false, reason: CHANGED };
  const isPdf = startsWith(bytes, '%PDF-');
  // A PDF seal on a text file (or the reverse) is not how Chaperone seals: the file has changed.
  if ((prefix === PDF_SEAL_PREFIX) !== isPdf) return { ok: false, reason: CHANGED };
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    // A DOCX (ZIP) is sealed in its archive comment: the line, a newline before it and one after.
    const commentLength = new TextEncoder().encode(lastLine ?? '').length + 2;
    if (!endsWithZipComment(bytes, commentLength)) return { ok: false, reason: CHANGED };
    return { ok: true, kind: 'docx', generated, content };
  }
  return { ok: true, kind: isPdf ? 'pdf' : 'text', generated, content };
}

function verifyJson(bytes: Uint8Array): VerifyResult {
  let text: string;
  let value: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: /"seal"|"generated"/.test(new TextDecoder().decode(bytes)) ? CHANGED : NO_SEAL };
  }
  if (!isRecord(value)) return { ok: false, reason: NO_SEAL };
  const { seal, ...rest } = value;
  if (!isRecord(seal)) return { ok: false, reason: /"generated"\s*:/.test(text) ? CHANGED : NO_SEAL };
  const { version, generated, content, file } = seal;
  if (typeof version !== 'number' || typeof generated !== 'string' || typeof content !== 'string' || typeof file !== 'string') {
    return { ok: false, reason: CHANGED };
  }
  if (version !== SEAL_VERSION) return { ok: false, reason: NEWER };
  if (Object.keys(seal).length !== 4) return { ok: false, reason: CHANGED };
  const expected = sha256Hex(canonicalJson({ ...rest, seal: { version, generated, content } }));
  // The hash covers the data; re-serialising catches edits to layout (spaces, escapes) as well.
  if (expected !== file || serialiseJson(value) !== text) return { ok: false, reason: CHANGED };
  return { ok: true, kind: 'json', generated, content };
}

/** The last line, without its newline; null unless the file ends with one (a sealed file always does). */
function lastLineOf(bytes: Uint8Array): string | null {
  if (bytes.length === 0 || bytes[bytes.length - 1] !== 0x0a) {
    const tail = new TextDecoder().decode(bytes.subarray(Math.max(0, bytes.length - 400)));
    return tail.slice(tail.lastIndexOf('\n') + 1);
  }
  const start = bytes.lastIndexOf(0x0a, bytes.length - 2) + 1;
  return new TextDecoder().decode(bytes.subarray(start, bytes.length - 1));
}

/** A seal line with a damaged prefix or digest is still recognisably one: say "changed", not "none". */
function looksSealed(line: string): boolean {
  return / generated=/.test(line) && / file=/.test(line) && / content=/.test(line);
}

function firstNonSpace(bytes: Uint8Array): number | undefined {
  return bytes.find((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf);
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  return text.split('').every((c, i) => bytes[i] === c.charCodeAt(0));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
