/** Word wrapping for the plain-text export: portal boxes and e-mail read best at about 80 columns. */
export const TEXT_WIDTH = 80;

/**
 * Wraps one paragraph; continuation lines get `indent` (or `hanging` if given). No line is longer
 * than `width` characters (as a reader counts them: an emoji with its joiners is one): a word too
 * long for a line of its own (a pasted link, a run of letters with no space) is broken into pieces
 * that each fill a line, as the PDF does.
 */
export function wrap(text: string, indent = '', hanging = indent, width = TEXT_WIDTH): string[] {
  const lines: string[] = [];
  const longest = Math.max(1, width - Math.max(columns(indent), columns(hanging)));
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/\s+/).filter((w) => w !== '').flatMap((w) => pieces(w, longest));
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = lines.length === 0 ? indent : hanging;
    let used = columns(line);
    let empty = true;
    for (const word of words) {
      const size = columns(word);
      if (!empty && used + 1 + size > width) {
        lines.push(line);
        line = hanging;
        used = columns(hanging);
        empty = true;
      }
      line = empty ? `${line}${word}` : `${line} ${word}`;
      used += empty ? size : size + 1;
      empty = false;
    }
    lines.push(line);
  }
  return lines;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Printable ASCII: one character per UTF-16 unit, so no need to segment (most text, and fast). */
const ASCII = /^[\x20-\x7e]*$/;

function columns(text: string): number {
  return ASCII.test(text) ? text.length : graphemes(text).length;
}

function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The word, or for a word longer than `size`, its pieces of `size` characters (the last shorter). */
function pieces(word: string, size: number): string[] {
  if (columns(word) <= size) return [word];
  const characters = graphemes(word);
  const out: string[] = [];
  for (let at = 0; at < characters.length; at += size) out.push(characters.slice(at, at + size).join(''));
  return out;
}
