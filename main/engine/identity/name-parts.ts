/** Splits the registered name the user recorded into given names and surname. */
import { fold } from './text.ts';

export interface NameParts {
  /** Given names, each with hyphens and apostrophes removed: "mary-jane" → "maryjane". */
  given: string[];
  /** Surname with particles and hyphens run together: "van der Berg" → "vanderberg". */
  surname: string;
}

/** Words that belong to the surname that follows them: "van der Berg", "Al Hassan", "Ó Súilleabháin". */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'das', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'al', 'el', 'bin', 'binti', 'ibn', 'ap', 'ter', 'ten', 'st', 'mac', 'mc', 'o']);

export function parseName(registeredName: string): NameParts | null {
  const squash = (w: string): string => fold(w).replace(/[^\p{L}]/gu, '');
  const comma = registeredName.indexOf(',');
  // "Rahman, Amina" as entered: surname before the comma.
  const [givenText, surnameText] = comma >= 0
    ? [registeredName.slice(comma + 1), registeredName.slice(0, comma)]
    : splitSurname(registeredName.trim().split(/\s+/u));
  const given = givenText.split(/\s+/u).map(squash).filter((w) => w !== '');
  const surname = squash(surnameText);
  return surname === '' ? null : { given, surname };
}

/** Surname = last word and any particles before it ("Jan van der Berg" → "van der Berg"). */
function splitSurname(parts: string[]): [string, string] {
  let cut = parts.length - 1;
  while (cut > 1 && PARTICLES.has(fold(parts[cut - 1] ?? ''))) cut -= 1;
  return [parts.slice(0, cut).join(' '), parts.slice(cut).join(' ')];
}
