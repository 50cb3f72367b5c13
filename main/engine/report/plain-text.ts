/**
 * The last step for text that leaves Chaperone as text: the terminal, the plain-text export and
 * the HTML the PDF is printed from. Names, bios and handles come from the platforms, and labels
 * and notes from the user; any of them may carry control characters: ESC starts a terminal escape
 * sequence, CR writes over a line, NUL cuts text short, and a bidi override (U+202E) or isolate
 * shows the characters after it in another order, in a terminal, a text file or a PDF alike.
 *
 * Each such character becomes U+FFFD (�) rather than vanishing: the reader sees that something was
 * there, and the words either side are not run together. Newlines and tabs stay (they are how the
 * documents are laid out); CRLF becomes LF. Letters of every script, emoji with their joiners
 * (ZWJ, ZWNJ) and the direction marks Arabic and Hebrew text relies on (LRM, RLM, ALM) are kept:
 * they change how text joins, never the order a reader sees it in.
 */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/** C0 and C1 controls and DEL but tab and newline; bidi embeddings, overrides and isolates. */
const UNSAFE = /(?![\t\n])\p{Cc}|[\u202A-\u202E\u2066-\u2069]/gu;

export function plainText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(UNSAFE, REPLACEMENT_CHARACTER);
}
