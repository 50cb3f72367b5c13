/** Text clean-up shared by the detector and the name matcher. Pure string work, no I/O. */

/** Invisible characters people paste into names: soft hyphen, zero-width space/joiners, variation selectors. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]|\p{Variation_Selector}/gu;

/**
 * NFKC turns styled letters into plain ones ("𝐃𝐫 𝐀𝐦𝐢𝐧𝐚" and full-width "ＤＲ" become "Dr Amina", "Dr"),
 * so a fancy display name is read the way people read it. Offsets elsewhere refer to this form.
 */
export function cleanText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/** Letters that NFKD does not split into a base letter and an accent. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i',
};

/** Lower case without accents, for comparing names: "Émile Ó Súilleabháin" → "emile o suilleabhain". */
export function fold(text: string): string {
  return cleanText(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/gu, (c) => SPECIAL_LETTERS[c] ?? c);
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Runs of letters and digits, with their offsets. Apostrophes and hyphens split words. */
export function words(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
