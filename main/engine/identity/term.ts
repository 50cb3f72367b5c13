/** The shape of one entry in the health-profession vocabulary, and helpers to write entries. */
import type { SignalKind, SignalStrength } from './signal.ts';

export interface Term {
  kind: SignalKind;
  strength: SignalStrength;
  /** RegExp source, matched as whole words (no letter or digit either side). */
  pattern: string;
  /** Match the case as written: "GP", "RN", "MD" count, "rn" (text-speak for "right now") does not. */
  exactCase?: boolean;
  /** Counts only with a clinical word within a few words: "consultant", "registrar", "Prof". */
  needsContext?: boolean;
  /** With needsContext: a clinical signal anywhere in the profile will do ("Prof. Jane Doe" + a bio). */
  contextAnywhere?: boolean;
  /** A run of capitalised words ending in "Hospital", "NHS Trust"…: trimmed to the name itself. */
  properName?: boolean;
  /** A title: counts only when a word (a name) follows in the same clause, so "Oak Dr, Leeds" does not. */
  needsName?: boolean;
  /** Tested on the clause before the match (folded lower case, single spaces); a hit discards it. */
  denyBefore?: RegExp;
  /** Tested on the clause after the match; a hit discards it unless the next word is the user's own name. */
  denyAfter?: RegExp;
  /** Tested on the text after the match as written, where case tells ("Doctor Who" but "a doctor who runs"). */
  denyAfterAsWritten?: RegExp;
  /** Tested on the matched text itself. */
  reject?: RegExp;
  /** False where a handle token is too ambiguous ("ed_smith" is Ed, not the emergency department). */
  inHandles?: boolean;
}

/** Clause ends with one of these phrases (RegExp fragments, lower case). */
export function endsWith(...phrases: string[]): RegExp {
  return new RegExp(`(?:^|\\s)(?:${phrases.join('|')})$`, 'u');
}

/** Clause starts with one of these phrases (RegExp fragments, lower case). */
export function startsWith(...phrases: string[]): RegExp {
  return new RegExp(`^(?:${phrases.join('|')})(?=\\s|$)`, 'u');
}

/** Alternatives as one RegExp source. */
export function anyOf(...alternatives: string[]): string {
  return alternatives.join('|');
}

/**
 * Words before a role that mean the person is not claiming it: "not a doctor", "my GP",
 * "married to a nurse", "mum of a junior doctor". Applies to titles, roles, post-nominals and
 * registrations.
 */
export const NOT_SELF_BEFORE = new RegExp(
  [
    '(?:^|\\s)(?:not|no|never|ask|see)(?: (?:a|an|the|your|my))?$',
    '(?:^|\\s)(?:my|your|ur|his|her|their|our)(?: (?:own|local|old|new|lovely|favourite|favorite))?$',
    "(?:^|\\s)(?:wife|husband|partner|spouse|mum|mom|mother|dad|father|son|daughter|sister|brother|child|kid|kids|friend|fan|parent|girlfriend|boyfriend|fiance|fiancee|married) (?:of|to)(?: (?:a|an|the|my|one))?$",
  ].join('|'),
  'u',
);

/** "doctor's appointment", "GP's receptionist": about someone else's role. */
export const NOT_SELF_AFTER = /^'s(?=\s|$)/u;
