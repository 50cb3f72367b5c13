/** Facebook's audience and option labels (English) and the stable ids the checklist uses. */
const OPTION_IDS: readonly (readonly [RegExp, string])[] = [
  [/^public$/i, 'public'],
  [/^everyone$/i, 'everyone'],
  [/^friends of friends$/i, 'friends-of-friends'],
  [/^friends$/i, 'friends'],
  [/^friends except(?:\s*(?:\.\.\.|…))?$/i, 'friends-except'],
  [/^specific friends$/i, 'specific-friends'],
  [/^only me$/i, 'only-me'],
  [/^custom$/i, 'custom'],
  [/^no ?one$/i, 'no-one'],
];

/**
 * The id of an option label, if it is one this setting offers. Anything else (a new option, a
 * translated one, a typo) is null: the caller reports it unread rather than guess.
 */
export function optionId(label: string, allowed: readonly string[]): string | null {
  const clean = label.replace(/\s+/g, ' ').trim();
  const found = OPTION_IDS.find(([pattern]) => pattern.test(clean))?.[1];
  return found !== undefined && allowed.includes(found) ? found : null;
}
