/**
 * The variation real sites show, as switches every platform emulator honours. A reader must read
 * correctly, or say "could not check" with the cause, under each one; it must never pass falsely.
 * Each emulator writes its own form of a switch from what the research and public sources say the
 * real platform does (../shared/research/), not from what its reader expects.
 */
export const VARIATIONS = {
  'late-content': 'Settings and profile content drawn by the page script 0.5 s after the document loads.',
  'late-content-slow': 'The same, 4 s after the document loads.',
  'consent-dialog': 'A UK cookie-consent dialog open on arrival, over the page.',
  'automation-gate': 'The platform has decided the client is automated: its bot check or "looks automated" message instead of the page, drawn by script after load.',
  'name-handle-one-line': 'The display name and the handle drawn side by side on one line.',
  'profile-no-redirect': 'The own-profile shortcut address serves the profile without redirecting to its canonical address.',
  'inline-controls': 'Controls sit on the settings hub page itself instead of behind the links to their own pages.',
  'label-synonyms': 'Labels worded differently from the usual wording, and an extra option the platform offers.',
  'missing-embedded-data': 'No embedded page data: only what is drawn on the screen.',
  'unrecognised-profile': 'A normal public profile, in a layout the reader does not know.',
} as const;

export type Variation = keyof typeof VARIATIONS;
export const VARIATION_NAMES = Object.keys(VARIATIONS) as Variation[];

/** How long content drawn late waits after the document loads, under these variations. */
export function lateContentDelayMs(variations: ReadonlySet<Variation>): number {
  if (variations.has('late-content-slow')) return 4_000;
  if (variations.has('late-content')) return 500;
  return 0;
}
