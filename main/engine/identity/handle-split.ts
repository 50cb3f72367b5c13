/**
 * Splits a handle (or a hashtag body) into words so the vocabulary can be matched in it:
 * "DrAminaRahmanGP" → "Dr Amina Rahman GP", "dr_amina" → "dr amina".
 */
import { fold } from './text.ts';

/** Short abbreviations written in lower case in a handle; they count only as a token of their own. */
const LOWER_CASE_ABBREVIATIONS = new Set(['gp', 'md', 'rn']);

interface Piece {
  text: string;
  /** Both edges are a separator, a digit, an end of the handle or a known name, not only a change of case. */
  delimited: boolean;
  /** Cut off by the user's name that follows it: "mdrahman" is M. D. Rahman, not Rahman MD. */
  beforeName: boolean;
}

/**
 * Two readings of capitals followed by lower case ("NHSnurse"): "NH Snurse" (camel case, as in
 * "GPAmina" → "GP Amina") and "NHS nurse". Both are returned; matches are merged.
 */
export function splitHandle(handle: string, names: readonly string[]): string[] {
  const chunks = handle.replace(/^@/u, '').split(/[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u).filter((c) => c !== '');
  const pieces = chunks.flatMap((chunk) => splitOnNames(chunk, names));
  const variants = (['camel', 'run'] as const).map((rule) =>
    pieces.flatMap((piece) => splitOnCase(piece, rule)).map(spell).join(' '));
  return [...new Set(variants)];
}

/** Lower-case "gp" in "amina_gp" or "aminagp" stands for "GP"; in "gpsmith", "Gpx" or "gpamina" it does not. */
function spell(piece: Piece): string {
  const abbreviation = piece.delimited && !piece.beforeName && LOWER_CASE_ABBREVIATIONS.has(piece.text);
  return abbreviation ? piece.text.toUpperCase() : piece.text;
}

/** Cuts around the user's own name parts: "draminarahmangp" → "dr", "amina", "rahman", "gp". */
function splitOnNames(chunk: string, names: readonly string[]): Piece[] {
  const folded = fold(chunk);
  const usable = names.filter((n) => n.length >= 3).sort((a, b) => b.length - a.length);
  // Accent folding can change the length ("ß" → "ss"); then offsets would not line up, so skip.
  const whole = { text: chunk, delimited: true, beforeName: false };
  if (folded.length !== chunk.length || usable.length === 0) return [whole];
  const cuts = new Set<number>();
  for (let i = 0; i < folded.length;) {
    const name = usable.find((n) => folded.startsWith(n, i));
    if (name === undefined) { i += 1; continue; }
    cuts.add(i).add(i + name.length);
    i += name.length;
  }
  const points = [0, ...[...cuts].filter((c) => c > 0 && c < chunk.length).sort((a, b) => a - b), chunk.length];
  return points.slice(1).map((end, k) => ({
    text: chunk.slice(points[k], end),
    delimited: true,
    beforeName: end < chunk.length && usable.some((n) => folded.startsWith(n, end)),
  }));
}

function splitOnCase(piece: Piece, rule: 'camel' | 'run'): Piece[] {
  const s = piece.text;
  const isUpper = (i: number): boolean => /\p{Lu}/u.test(s.charAt(i));
  const isLower = (i: number): boolean => /\p{Ll}/u.test(s.charAt(i));
  const cuts: number[] = [];
  for (let i = 1; i < s.length; i += 1) {
    const lowerToUpper = isLower(i - 1) && isUpper(i);
    const acronymEnd = rule === 'camel'
      ? isUpper(i - 1) && isUpper(i) && isLower(i + 1)
      : i >= 2 && isUpper(i - 2) && isUpper(i - 1) && isLower(i);
    if (lowerToUpper || acronymEnd) cuts.push(i);
  }
  if (cuts.length === 0) return [piece];
  const points = [0, ...cuts, s.length];
  return points.slice(1).map((end, k) => ({
    text: s.slice(points[k], end),
    // Every piece has at least one edge that is only a change of case.
    delimited: false,
    beforeName: false,
  }));
}
