/**
 * Is the user's registered name shown on the profile? The rule, so that a reader of the profile
 * could find the user on the register (GMC 2013 para 17: identify yourself "by name"; 2024: "say
 * who you are"):
 * - The display name or the bio shows the surname (all of it: "Smith-Jones", "Smith Jones" and
 *   "SmithJones" are the same; "van der Berg" needs every part) together with a given name: the
 *   first given name or its capital initial ("Amina Rahman", "A. Rahman", "Dr A Rahman MRCP"), or
 *   another registered given name written in full (people often go by a middle name, and the
 *   register lists every given name).
 * - Given name first, with up to two middle names or initials between ("Amina B. Rahman",
 *   "Amina Begum Rahman"; after an initial, only initials: "A friend of Rahman" is no name); or
 *   surname first followed straight by the full first name ("Rahman, Amina", "RAHMAN Amina"), the
 *   register's own order. An initial after the surname ("Rahman A") does not count.
 * - Case, accents (é = e), apostrophes, hyphens, titles and post-nominals are ignored.
 * - The surname alone ("Dr Rahman") is not enough: it is how doctors are addressed, but many
 *   share a surname, so a reader cannot tell who you are on the register.
 * - A handle counts only when it holds the full first name and the full surname in that order
 *   ("@AminaRahmanGP", "@dr_amina_rahman"): it is shown beside every post, so it tells readers the
 *   name as well as a display name does. An initial in a handle ("@arahman") does not count: run
 *   together it reads as a word, not a name.
 * - A registered name of one word counts when that word is shown.
 * - Nicknames and other surnames (a married name not on the register) do not count.
 */
import type { IdentityText } from './signal.ts';
import { parseName, type NameParts } from './name-parts.ts';
import { cleanText, fold } from './text.ts';

export interface RegisteredNameResult {
  shown: boolean;
  where: 'displayName' | 'bio' | 'handle' | null;
  /** The words that matched, as written; for a handle, the handle. */
  matched: string | null;
}

interface Token {
  folded: string;
  start: number;
  end: number;
  /** A single capital letter, so it may be an initial (a lower-case "a" is the article). */
  initial: boolean;
  capitalised: boolean;
}

const MAX_BETWEEN = 2;
const NOT_SHOWN: RegisteredNameResult = { shown: false, where: null, matched: null };

export function registeredNameShown(identity: IdentityText, registeredName: string): RegisteredNameResult {
  const name = parseName(registeredName);
  if (name === null) return NOT_SHOWN;
  for (const where of ['displayName', 'bio'] as const) {
    const text = identity[where];
    if (text === null) continue;
    const clean = cleanText(text);
    const span = findName(tokens(clean), name);
    if (span !== null) return { shown: true, where, matched: clean.slice(span[0], span[1]) };
  }
  if (identity.handle !== null && handleHasName(identity.handle, name)) {
    return { shown: true, where: 'handle', matched: cleanText(identity.handle) };
  }
  return NOT_SHOWN;
}

/** Words of the text, split at apostrophes, hyphens and camel case ("AminaRahman"). */
function tokens(text: string): Token[] {
  return [...text.matchAll(/\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}+(?![\p{Ll}])|[\p{L}\p{M}]+/gu)].map((m) => ({
    folded: fold(m[0]),
    start: m.index,
    end: m.index + m[0].length,
    initial: /^\p{Lu}$/u.test(m[0]),
    capitalised: /^\p{Lu}/u.test(m[0]),
  }));
}

/** How many tokens from i spell target when run together (0 when they do not). */
function spell(list: readonly Token[], i: number, target: string): number {
  let joined = '';
  for (let j = i; j < list.length && joined.length < target.length; j += 1) {
    joined += list[j]?.folded ?? '';
    if (joined === target) return j - i + 1;
  }
  return 0;
}

function findName(list: readonly Token[], name: NameParts): [number, number] | null {
  const span = (from: number, count: number): [number, number] =>
    [list[from]?.start ?? 0, list[from + count - 1]?.end ?? 0];
  for (let i = 0; i < list.length; i += 1) {
    if (name.given.length === 0) {
      const n = spell(list, i, name.surname);
      if (n > 0) return span(i, n);
      continue;
    }
    const first = givenAt(list, i, name);
    const byInitial = first === 1 && list[i]?.initial === true;
    for (let gap = 0; first > 0 && gap <= MAX_BETWEEN; gap += 1) {
      if (gap > 0 && !middleName(list[i + first + gap - 1], name, byInitial)) break;
      const n = spell(list, i + first + gap, name.surname);
      if (n > 0) return span(i, first + gap + n);
    }
    const surname = spell(list, i, name.surname);
    const firstAfter = surname > 0 && name.given[0] !== undefined ? spell(list, i + surname, name.given[0]) : 0;
    if (firstAfter > 0) return span(i, surname + firstAfter);
  }
  return null;
}

/** Tokens used by a given name at i: any registered given name in full, or the first one's initial. */
function givenAt(list: readonly Token[], i: number, name: NameParts): number {
  for (const given of name.given) {
    const n = spell(list, i, given);
    if (n > 0) return n;
  }
  const token = list[i];
  return token?.initial === true && token.folded === name.given[0]?.charAt(0) ? 1 : 0;
}

/**
 * A word between given name and surname: an initial, a registered given name, or (after a given
 * name in full) any capitalised word. "A friend of Rahman" is not "A. Rahman".
 */
function middleName(token: Token | undefined, name: NameParts, byInitial: boolean): boolean {
  if (token === undefined) return false;
  if (token.initial) return true;
  return !byInitial && (token.capitalised || name.given.includes(token.folded));
}

function handleHasName(handle: string, name: NameParts): boolean {
  const letters = fold(handle).replace(/[^\p{L}]/gu, '');
  const first = name.given[0];
  if (first === undefined) return letters.includes(name.surname);
  const middles = name.given.slice(1).flatMap((m) => [m, m.charAt(0)]);
  return [first + name.surname, ...middles.map((m) => first + m + name.surname)].some((s) => letters.includes(s));
}
