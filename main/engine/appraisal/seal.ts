/**
 * Seals an export so `chaperone verify` can tell whether any byte changed since it was sealed.
 * The hash has no key: anyone who edits a file can seal it again, so a seal shows accidental change
 * only, never who made the file or when (docs/seal.md).
 * PDF: one comment line after %%EOF (readers ignore it). Text: a last "Chaperone fingerprint" line.
 * JSON: a top-level "seal" object. ZIP (the policy's DOCX): the same line as text, as the archive's
 * comment, which ends the file and which Word and every unzip tool ignore.
 *
 * The file hash covers everything before the hex digest, including the seal's own version, date
 * and content fingerprint, so a stray edit to those is caught too.
 */
import { createHash } from 'node:crypto';
import type { AppraisalSummary } from './model.ts';

export const SEAL_VERSION = 1;
export const PDF_SEAL_PREFIX = '%chaperone-seal v';
export const TEXT_SEAL_PREFIX = 'Chaperone fingerprint: v';

type SealSource = Pick<AppraisalSummary, 'generatedAt' | 'fingerprint'>;

export interface JsonSeal {
  version: number;
  generated: string;
  content: string;
  file: string;
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The start of a seal line, up to and including "file=": what the digest after it also covers. */
export function sealLineHead(prefix: string, generated: string, content: string): string {
  return `${prefix}${String(SEAL_VERSION)} generated=${generated} content=${content} file=`;
}

function sealBytes(body: Uint8Array, prefix: string, summary: SealSource): Uint8Array {
  const encoder = new TextEncoder();
  // The seal must start its own line.
  const separator = body.length === 0 || body[body.length - 1] === 0x0a ? '' : '\n';
  const head = encoder.encode(separator + sealLineHead(prefix, summary.generatedAt, summary.fingerprint));
  const covered = concat(body, head);
  return concat(covered, encoder.encode(`${sha256Hex(covered)}\n`));
}

export function sealPdf(bytes: Uint8Array, summary: SealSource): Uint8Array {
  return sealBytes(bytes, PDF_SEAL_PREFIX, summary);
}

export function sealText(text: string, summary: SealSource): string {
  return new TextDecoder().decode(sealBytes(new TextEncoder().encode(text), TEXT_SEAL_PREFIX, summary));
}

/** The end-of-central-directory record that ends a ZIP archive with no comment. */
const EOCD_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
export const EOCD_LENGTH = 22;

/**
 * Seals a ZIP archive (a DOCX) with a text seal line kept as the archive's comment: the comment's
 * length field, in the last record, is set first, so the hash covers it as it covers every other byte.
 * The archive must end with a record that has no comment yet (as `docx` writes it).
 */
export function sealZip(bytes: Uint8Array, summary: SealSource): Uint8Array {
  const eocd = bytes.length - EOCD_LENGTH;
  if (eocd < 0 || !EOCD_SIGNATURE.every((b, i) => bytes[eocd + i] === b) || bytes[bytes.length - 2] !== 0 || bytes[bytes.length - 1] !== 0) {
    throw new Error('Only a ZIP archive without a comment can be sealed.');
  }
  const encoder = new TextEncoder();
  const head = encoder.encode(`\n${sealLineHead(TEXT_SEAL_PREFIX, summary.generatedAt, summary.fingerprint)}`);
  const commentLength = head.length + 64 + 1;
  const body = bytes.slice();
  body[body.length - 2] = commentLength & 0xff;
  body[body.length - 1] = commentLength >> 8;
  const covered = concat(body, head);
  return concat(covered, encoder.encode(`${sha256Hex(covered)}\n`));
}

/** Whether the bytes end with a ZIP archive's last record whose comment is exactly the last `commentLength` bytes. */
export function endsWithZipComment(bytes: Uint8Array, commentLength: number): boolean {
  const eocd = bytes.length - commentLength - EOCD_LENGTH;
  if (eocd < 0 || commentLength > 0xffff) return false;
  return EOCD_SIGNATURE.every((b, i) => bytes[eocd + i] === b)
    && (bytes[eocd + 20] ?? -1) + (bytes[eocd + 21] ?? -1) * 256 === commentLength;
}

/**
 * Adds "seal" to a JSON object and serialises it (2-space indent, as written to disk).
 * seal.file = SHA-256 of the canonical JSON of the object with the seal minus its "file" field.
 */
export function sealJson(value: Record<string, unknown>, summary: SealSource): string {
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'seal'));
  const partial = { version: SEAL_VERSION, generated: summary.generatedAt, content: summary.fingerprint };
  const file = sha256Hex(canonicalJson({ ...rest, seal: partial }));
  return serialiseJson({ ...rest, seal: { ...partial, file } });
}

/** How a sealed JSON file is laid out byte for byte; verify re-creates it to catch whitespace edits. */
export function serialiseJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Keys sorted at every level, no whitespace: the same value always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value) as string | undefined;
    return text ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v: unknown) => canonicalJson(v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
