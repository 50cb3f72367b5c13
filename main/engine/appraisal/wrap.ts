/** Word wrapping for the plain-text export: portal boxes and e-mail read best at about 80 columns. */
export const TEXT_WIDTH = 80;

/**
 * Wraps one paragraph; continuation lines get `indent` (or `hanging` if given). Words longer than a
 * line (a fingerprint, a URL) are left whole rather than broken.
 */
export function wrap(text: string, indent = '', hanging = indent, width = TEXT_WIDTH): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/\s+/).filter((w) => w !== '');
    let line = lines.length === 0 ? indent : hanging;
    let prefix = line;
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    for (const word of words) {
      if (line.length > prefix.length && line.length + 1 + word.length > width) {
        lines.push(line);
        line = hanging;
        prefix = hanging;
      }
      line = line.length > prefix.length ? `${line} ${word}` : `${line}${word}`;
    }
    lines.push(line);
  }
  return lines;
}
