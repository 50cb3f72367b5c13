import { OPTION_WORDS } from './facebook-words.ts';

/** The same open audience under its two names: a setting offers one of them. */
const OPEN_AUDIENCE: Record<string, string> = { public: 'everyone', everyone: 'public' };

/**
 * The id of an option label, if it is one this setting offers. Anything else (a new option, a
 * translated one, a typo) is null: the caller reports it as unrecognised rather than guess.
 */
export function optionId(label: string, allowed: readonly string[]): string | null {
  const clean = label.replace(/\s+/g, ' ').trim();
  const found = OPTION_WORDS.find(([pattern]) => pattern.test(clean))?.[1];
  if (found === undefined) return null;
  if (allowed.includes(found)) return found;
  const other = OPEN_AUDIENCE[found];
  return other !== undefined && allowed.includes(other) ? other : null;
}
