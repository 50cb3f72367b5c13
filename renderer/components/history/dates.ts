/** Dates and times as NHS content style writes them: "25 November 2026", "2:05pm". */
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true });

export function longDate(iso: string): string {
  return LONG_DATE.format(new Date(iso));
}

export function shortTime(iso: string): string {
  // "2:05 pm" → "2:05pm"; "2:00pm" → "2pm".
  return TIME.format(new Date(iso)).replace(/\s/g, '').replace(':00', '').toLowerCase();
}

/** A score out of 100 in words; null when nothing could be checked. */
export function scoreWords(score: number | null): string {
  return score === null ? 'No score' : `${String(score)}%`;
}
