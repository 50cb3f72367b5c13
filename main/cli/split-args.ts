/**
 * Splits CHAPERONE_BROWSER_ARGS the way a POSIX shell splits words, without any expansion: on
 * spaces, tabs and newlines; 'single quotes' keep everything literally; "double quotes" keep
 * everything but let a backslash escape \ " $ and `; outside quotes a backslash keeps the next
 * character literally. So --host-resolver-rules="MAP a 1.2.3.4, MAP b 1.2.3.4" and --a\ b each
 * stay one flag. A quote left open is an error: guessing where it ends could pass the browser a
 * different flag from the one meant.
 */
const BLANK = new Set([' ', '\t', '\n']);
/** The characters a backslash escapes inside double quotes. */
const DOUBLE_QUOTED_ESCAPES = new Set(['\\', '"', '$', '`']);

export function splitArgs(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let started = false;
  let index = 0;
  const chars = Array.from(text);
  const unclosed = (quote: string, from: number): Error => new Error(
    `CHAPERONE_BROWSER_ARGS has an unclosed ${quote} quote (at: ${chars.slice(from, from + 40).join('')}). Close it, or put a backslash before it to keep it as a character.`,
  );
  while (index < chars.length) {
    const char = chars[index] ?? '';
    if (char === "'") {
      const end = chars.indexOf("'", index + 1);
      if (end === -1) throw unclosed("'", index);
      current += chars.slice(index + 1, end).join('');
      started = true;
      index = end + 1;
    } else if (char === '"') {
      const start = index;
      index += 1;
      for (;;) {
        const inner = chars[index];
        if (inner === undefined) throw unclosed('"', start);
        index += 1;
        if (inner === '"') break;
        const next = chars[index];
        if (inner === '\\' && next === '\n') index += 1;
        else if (inner === '\\' && next !== undefined && DOUBLE_QUOTED_ESCAPES.has(next)) {
          current += next;
          index += 1;
        } else current += inner;
      }
      started = true;
    } else if (char === '\\') {
      const next = chars[index + 1];
      // A backslash before a newline joins the lines; one at the very end stays as it is.
      if (next === '\n') {
        index += 2;
        continue;
      }
      current += next ?? '\\';
      started = true;
      index += 2;
    } else if (BLANK.has(char)) {
      if (started) args.push(current);
      current = '';
      started = false;
      index += 1;
    } else {
      current += char;
      started = true;
      index += 1;
    }
  }
  if (started) args.push(current);
  return args;
}
