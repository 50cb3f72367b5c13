/**
 * How a guidance citation is worded everywhere: results, the item page, the HTML report, the text
 * summary and the appraisal export. Each citation says whether it is current, withdrawn (and
 * when), a professional body's advice, and whether its paragraph number was verified.
 */
interface Citable {
  publisher: string;
  publisherShort: string;
  binding: 'regulator' | 'advice';
  title: string;
  edition: string;
  status: 'current' | 'withdrawn';
  withdrawnOn: string | null;
  paragraph: string | null;
  paragraphVerified: boolean;
}

/** "30 January 2024" from "2024-01-30"; "March 2017" from "2017-03". */
export function guidanceDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined) return iso;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1, 12));
  return date.toLocaleDateString('en-GB', { ...(day === undefined ? {} : { day: 'numeric' }), month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "current", "current advice from the BMA, not a regulator's standard", "withdrawn on 30 January 2024: background only". */
export function standingText(ref: Pick<Citable, 'status' | 'withdrawnOn' | 'binding' | 'publisherShort'>): string {
  if (ref.status === 'withdrawn') return `withdrawn${ref.withdrawnOn === null ? '' : ` on ${guidanceDate(ref.withdrawnOn)}`}: background only`;
  return ref.binding === 'advice' ? `current advice from the ${ref.publisherShort}, not a regulator's standard` : 'current';
}

/** "paragraph 18", "paragraph 8 (paragraph number not verified)", "no paragraph numbers", "paragraph number not found". */
export function paragraphText(ref: Pick<Citable, 'paragraph' | 'paragraphVerified'>): string {
  if (ref.paragraph === null) return ref.paragraphVerified ? 'no paragraph numbers in this guidance' : 'paragraph number not found';
  const where = /^\d/.test(ref.paragraph) ? `paragraph ${ref.paragraph}` : ref.paragraph;
  return ref.paragraphVerified ? where : `${where} (paragraph number not verified)`;
}

/** "General Medical Council, Good medical practice, 2024, paragraph 89 [current]". */
export function citation(ref: Citable): string {
  return `${ref.publisher}, ${ref.title}, ${ref.edition}, ${paragraphText(ref)} [${standingText(ref)}]`;
}

/** "Good privacy practice, not in your professional guidance": the heading of that group everywhere. */
export const PRIVACY_PRACTICE_HEADING = 'Good privacy practice, not in your professional guidance';
export const PRIVACY_PRACTICE_NOTE = 'These are shown so you can fix them, but no professional guidance asks for them, so they do not count in your score.';
