/**
 * What the fingerprint sealed into every appraisal export can and cannot show, in one place for
 * `chaperone verify`, the PDF and text footers and the export screen. The seal is an unkeyed
 * SHA-256 hash: anyone can recompute it after an edit, so it shows accidental change since the file
 * was sealed and nothing about who made the file or when. See docs/seal.md.
 */

/** The limit, said wherever the fingerprint is offered as a check. */
export const FINGERPRINT_LIMITS = 'A fingerprint shows accidental changes; it cannot prove who made the file or when.';

export const FINGERPRINT_MATCHES = 'Fingerprint matches: this file has not changed since it was sealed.';
export const FINGERPRINT_DIFFERS = 'Fingerprint does not match: this file has changed since it was sealed.';
export const NO_FINGERPRINT = 'This file has no Chaperone fingerprint.';

/** How to check a file, for the foot of the PDF and the text export. */
export const HOW_TO_CHECK = `To check this file for accidental changes since it was sealed, run: chaperone verify <file>. ${FINGERPRINT_LIMITS}`;
