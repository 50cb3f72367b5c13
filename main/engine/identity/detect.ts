/**
 * Does a profile present its owner as a health professional? Looks for titles, post-nominals,
 * roles, specialties, NHS employers and clinical hashtags in the display name, handle, bio and
 * workplace. Rules (each has a test in tests/unit/identity):
 * - Any signal counts, weak ones too. "Dr" alone counts, since readers take it as "doctor", even
 *   though a PhD holder may use it; "PhD" alone is not a health signal.
 * - Abbreviations that are also ordinary words or text-speak count in capitals only: "GP", "RN",
 *   "MD", "ED", "RM". In a handle, lower-case "gp", "md", "rn" count when they stand as a token
 *   of their own ("amina_gp", "rahman.md", or next to the user's own name as in "aminarahmangp").
 * - "Dr"/"Doctor" naming a character or brand ("Doctor Who", "Dr Pepper"), anything inside quotes
 *   (a film or book title), roles that are someone else's ("my GP", "married to a doctor", "not a
 *   nurse"), and roles outside human health ("spin doctor", "tree surgeon", "nurse shark",
 *   "veterinary nurse") do not count.
 * - "consultant", "registrar" and "Prof" count only with a clinical word close by, never after
 *   "IT", "management", "sales"…
 * - @mentions in a bio count only as an employer ("@GSTTnhs"), never as a title or role: "@DrSmith"
 *   is someone else.
 */
import { CLINICAL_HASHTAGS } from './hashtags.ts';
import { splitHandle } from './handle-split.ts';
import { scan, type Hit } from './scan.ts';
import { IDENTITY_FIELDS, type HealthProfessionalDetection, type IdentityText, type Signal } from './signal.ts';
import { cleanText, fold, words } from './text.ts';

export interface DetectOptions {
  /** The user's registered name: lets "draminarahman" be read as "dr amina rahman". */
  registeredName?: string;
}

type Found = Omit<Signal, 'field'> & { provisional: boolean };

export function detectHealthProfessional(identity: IdentityText, options: DetectOptions = {}): HealthProfessionalDetection {
  const names = nameWords(options.registeredName ?? '');
  const found: (Found & { field: Signal['field'] })[] = [];
  for (const field of IDENTITY_FIELDS) {
    const value = identity[field];
    if (value === null || value.trim() === '') continue;
    const inField = field === 'handle' ? scanHandle(cleanText(value), names) : scanText(cleanText(value), names);
    found.push(...inField.map((f) => ({ field, ...f })));
  }
  // "Prof" counts when something clinical is found anywhere in the profile.
  const clinical = found.some((f) => !f.provisional && f.kind !== 'title');
  const signals: Signal[] = found
    .filter((f) => clinical || !f.provisional)
    .map(({ field, kind, strength, match }) => ({ field, kind, strength, match }));
  const unique = [...new Map(signals.map((s) => [`${s.field}|${s.kind}|${s.match.toLowerCase()}`, s])).values()];
  return { presents: unique.length > 0, signals: unique };
}

function scanText(text: string, names: ReadonlySet<string>): Found[] {
  const hashtags = [...text.matchAll(/#([\p{L}\p{N}_]+)/gu)];
  const mentions = [...text.matchAll(/(?<![\p{L}\p{N}_])@([\p{L}\p{N}_.]+)/gu)];
  const quoted = QUOTES.flatMap((re) => [...text.matchAll(re)]);
  const masked = spellAbbreviationsAfterNames(mask(text, [...hashtags, ...mentions, ...quoted]), names);
  return [
    ...scan(masked, names, false).map(toFound),
    ...hashtags.flatMap((m) => scanHashtag(m[1] ?? '', names)),
    ...mentions.flatMap((m) => scanHandle(m[1] ?? '', names).filter((f) => f.kind === 'employer').map((f) => ({ ...f, match: m[0] }))),
  ];
}

function scanHandle(handle: string, names: ReadonlySet<string>): Found[] {
  return splitHandle(handle, [...names]).flatMap((spaced) => scan(spaced, names, true)).map(toFound);
}

function scanHashtag(body: string, names: ReadonlySet<string>): Found[] {
  if (CLINICAL_HASHTAGS.has(body.toLowerCase())) return [{ kind: 'hashtag', strength: 'weak', match: `#${body}`, provisional: false }];
  return scanHandle(body, names).map((f) => ({ ...f, match: `#${body}` }));
}

function toFound(hit: Hit): Found {
  return { kind: hit.term.kind, strength: hit.term.strength, match: hit.text, provisional: hit.provisional };
}

/** Quoted text is someone else's words or a title: "Dr. Strangelove", ‘Call the Midwife’. */
const QUOTES: readonly RegExp[] = [
  /"[^"\n]*"/gu, /“[^”\n]*”/gu, /«[^»\n]*»/gu, /„[^“”\n]*[“”]/gu, /‘[^’\n]*’(?!\p{L})/gu,
  /(?<=^|[\s([])'[^'\n]+'(?=$|[\s).,!?;:\]])/gu,
];

/** Blanks out spans, keeping offsets, so they are not scanned as plain text. */
function mask(text: string, spans: readonly RegExpMatchArray[]): string {
  let out = text;
  for (const m of spans) {
    const start = m.index ?? 0;
    out = out.slice(0, start) + ' '.repeat(m[0].length) + out.slice(start + m[0].length);
  }
  return out;
}

/** "amina rahman gp": a lower-case "gp", "md" or "rn" straight after the user's own name is the abbreviation. */
function spellAbbreviationsAfterNames(text: string, names: ReadonlySet<string>): string {
  const list = words(text);
  let out = text;
  list.forEach((w, i) => {
    const previous = list[i - 1];
    if (previous === undefined || !['gp', 'md', 'rn'].includes(w.text)) return;
    if (!names.has(fold(previous.text)) || !/^[\s,]+$/u.test(text.slice(previous.end, w.start))) return;
    out = out.slice(0, w.start) + w.text.toUpperCase() + out.slice(w.end);
  });
  return out;
}

/** The registered name's words, folded: "Amina Rahman-Khan" → amina, rahman, khan. */
function nameWords(registeredName: string): ReadonlySet<string> {
  return new Set(fold(registeredName).replace(/['’ʼ]/gu, '').split(/[^\p{L}]+/u).filter((w) => w.length >= 2));
}
