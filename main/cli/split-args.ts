/**
 * Splits CHAPERONE_BROWSER_ARGS the way a shell would: on whitespace, keeping quoted parts
 * together, so a flag such as --host-resolver-rules="MAP a 1.2.3.4, MAP b 1.2.3.4" stays whole.
 */
export function splitArgs(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let quote: '"' | "'" | null = null;
  let started = false;
  for (const char of text) {
    if (quote !== null) {
      if (char === quote) quote = null;
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (quote !== null) throw new Error(`CHAPERONE_BROWSER_ARGS has an unclosed ${quote} quote.`);
  if (started) args.push(current);
  return args;
}
