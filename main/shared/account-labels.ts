/**
 * When two account labels name the same account. The CLI makes a label into the account's profile
 * folder name, so "Café X", "cafe x" and "Cafe-X" are one account there; the desktop app keeps
 * the folder tied to the account's id, but refuses the same clashes so that both read alike.
 */

/**
 * A label's key: letters and digits of any script, lower-cased, with accents on Latin letters
 * dropped and every run of anything else made one dash. '' when the label has no letter or digit.
 */
export function labelKey(label: string): string {
  return label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^[-\p{M}]+|-+$/gu, '');
}

/** True when the two labels would be taken for the same account. */
export function sameLabel(a: string, b: string): boolean {
  const key = labelKey(a);
  // Labels of signs only ("!!!", "???") have no key: only the same signs clash.
  return key === '' ? a.trim().toLowerCase() === b.trim().toLowerCase() : key === labelKey(b);
}
