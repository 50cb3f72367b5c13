/**
 * The display name and the handle from a profile header's pieces of text (buttons and counts left
 * out), whether Instagram draws them on two lines ("drsamrivers" above "Dr Sam Rivers") or side by
 * side ("Dr Sam Rivers" then "@drsamrivers", even as one run "Dr Sam Rivers@drsamrivers"). The
 * handle is known (the address's username), so it is cut out rather than guessed at: the name is
 * the text drawn just before the handle on its line, or else the first text after it.
 */
export function splitNameAndHandle(pieces: readonly string[], username: string, exclude: readonly string[] = []): { name: string | null; handleShown: boolean } {
  const handle = username.toLowerCase();
  const usable = pieces.filter((p) => !exclude.includes(p));
  for (const [i, piece] of usable.entries()) {
    const lower = piece.toLowerCase();
    if (lower === handle || lower === `@${handle}`) {
      const before = i > 0 && lower.startsWith('@') ? usable[i - 1] : undefined;
      return { name: before ?? usable[i + 1] ?? null, handleShown: true };
    }
    if (lower.endsWith(`@${handle}`)) {
      const name = piece.slice(0, piece.length - handle.length - 1).replace(/[\s·•|]+$/, '').trim();
      return { name: name === '' ? null : name, handleShown: true };
    }
  }
  return { name: null, handleShown: false };
}
