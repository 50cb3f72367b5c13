/** Whether url may go to the user's browser (checklist 15): https, no credentials, exactly in the allowed set. */
export function externalLinkAllowed(url: string, allowed: ReadonlySet<string>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return false;
  return allowed.has(url);
}
