/** Lists in words as British English writes them: "X, Facebook and LinkedIn", "display name, bio or handle". */
const AND = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const OR = new Intl.ListFormat('en-GB', { type: 'disjunction' });

export function andList(items: readonly string[]): string {
  return AND.format(items);
}

export function orList(items: readonly string[]): string {
  return OR.format(items);
}
