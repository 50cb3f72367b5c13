const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "25 November 2026", in the user's own time zone. */
export function longDate(iso: string): string {
  return LONG_DATE.format(new Date(iso));
}

/** True when more than `months` whole months have passed since `iso`. */
export function olderThanMonths(iso: string, months: number, now: Date): boolean {
  const due = new Date(iso);
  due.setMonth(due.getMonth() + months);
  return now.getTime() > due.getTime();
}
