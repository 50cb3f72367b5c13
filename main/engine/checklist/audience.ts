/**
 * Whose guidance binds this user, and what each checklist item becomes for them. A source is shown
 * only to the professions its publisher registers (a regulator) or advises (a professional body).
 *
 * For each item:
 * - marked privacyPractice: good privacy practice, shown and fixable, never in the professional score;
 * - citing current guidance of the user's own regulator: a professional item;
 * - otherwise, a setting about privacy or boundaries: good privacy practice for this user, because
 *   nothing in their regulator's guidance (as far as Chaperone holds it) asks for it;
 * - otherwise (a name rule, a question about conduct): left out, because nothing binds them to it.
 */
import type { UserProfile } from '../profile.ts';
import type { AuditGuidance } from '../audit/model.ts';
import type { Category, ChecklistItem, ChecklistSet, GuidanceSource, Publisher } from './model.ts';

export const ITEM_GROUPS = ['professional', 'privacy-practice'] as const;
export type ItemGroup = (typeof ITEM_GROUPS)[number];

export interface Audience {
  /** The user's regulator, when Chaperone holds its guidance; null otherwise. */
  regulator: Publisher | null;
  /** Publishers whose guidance binds or advises the user: their regulator first, then professional bodies. */
  publishers: Publisher[];
  /** Set when the user's regulator's guidance is not in Chaperone: says so in a sentence. */
  notIncluded: string | null;
}

export type AudienceItem = ChecklistItem & { group: ItemGroup };

/** A setting read automatically, about privacy or boundaries: good privacy practice when no current text of the user's regulator covers it. */
export function practiceWhenUncovered(item: { category: Category; automatic: boolean }): boolean {
  return item.automatic && (item.category === 'privacy' || item.category === 'boundaries');
}

type Profile = Pick<UserProfile, 'profession' | 'regulator'>;

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function audienceFor(profile: Profile, publishers: readonly Publisher[]): Audience {
  const regulators = publishers.filter((p) => p.kind === 'regulator');
  const named = profile.regulator.trim();
  const found = named === ''
    ? regulators.find((p) => p.professions.includes(profile.profession))
    : regulators.find((p) => same(p.short, named) || same(p.name, named));
  const advisers = publishers.filter((p) => p.kind === 'professional-body' && p.notIncluded === null && p.professions.includes(profile.profession));
  if (found === undefined) {
    const notIncluded = named === ''
      ? 'Chaperone does not know your regulator, so it cites no regulator\'s guidance.'
      : `Guidance from ${named} is not yet included in Chaperone, so it cites none.`;
    return { regulator: null, publishers: advisers, notIncluded };
  }
  if (found.notIncluded !== null) {
    return { regulator: null, publishers: advisers, notIncluded: `${found.short} guidance is not yet included in Chaperone: ${found.notIncluded}` };
  }
  return { regulator: found, publishers: [found, ...advisers], notIncluded: null };
}

/** Current regulator text first, then current advice, then withdrawn editions as background. */
function rank(ref: Pick<GuidanceSource, 'status' | 'binding'>): number {
  if (ref.status === 'withdrawn') return 2;
  return ref.binding === 'regulator' ? 0 : 1;
}

export function itemsFor(items: readonly ChecklistItem[], audience: Audience): AudienceItem[] {
  const shown = new Set(audience.publishers.map((p) => p.id));
  const out: AudienceItem[] = [];
  for (const item of items) {
    // A stable sort: within a rank, the checklist's own order.
    const guidance = item.guidance.filter((g) => shown.has(g.publisherId)).sort((a, b) => rank(a) - rank(b));
    const binding = audience.regulator !== null
      && guidance.some((g) => g.publisherId === audience.regulator?.id && g.status === 'current');
    if (item.privacyPractice) out.push({ ...item, guidance, group: 'privacy-practice' });
    else if (binding) out.push({ ...item, why: professionalWhy(item), guidance, group: 'professional' });
    else if (practiceWhenUncovered({ category: item.category, automatic: item.check !== null })) {
      out.push({ ...item, guidance, group: 'privacy-practice' });
    }
  }
  return out;
}

/** What one account is judged against, for this user: its platform's items and the common items asked per account. */
export function accountItems(set: Pick<ChecklistSet, 'publishers' | 'common'>, platformItems: readonly ChecklistItem[], profile: Profile): AudienceItem[] {
  return itemsFor([...platformItems, ...set.common].filter((i) => !i.once), audienceFor(profile, set.publishers));
}

/** The questions about all the user's accounts, asked once per audit. */
export function onceItems(set: Pick<ChecklistSet, 'publishers' | 'common'>, profile: Profile): AudienceItem[] {
  return itemsFor(set.common.filter((i) => i.once), audienceFor(profile, set.publishers));
}

/** Says when Chaperone applies the guidance to a setting the guidance itself does not name. */
function professionalWhy(item: ChecklistItem): string {
  if (item.appliesGuidanceOn === null) return item.why;
  return `${item.why} Chaperone applies your guidance on ${item.appliesGuidanceOn} here: the guidance does not name this setting.`;
}

/** The editions of guidance that bind or advise this user, current first, for the report's header. */
export function auditGuidance(set: Pick<ChecklistSet, 'publishers' | 'sources'>, profile: Profile): AuditGuidance {
  const audience = audienceFor(profile, set.publishers);
  const order = audience.publishers.map((p) => p.id);
  const sources = set.sources.filter((s) => order.includes(s.publisherId))
    .sort((a, b) => rank(a) - rank(b) || order.indexOf(a.publisherId) - order.indexOf(b.publisherId))
    .map((s): GuidanceSource => ({
      publisher: s.publisher, publisherShort: s.publisherShort, binding: s.binding, title: s.title,
      edition: s.edition, status: s.status, withdrawnOn: s.withdrawnOn, url: s.url,
    }));
  return { regulator: audience.regulator?.short ?? null, notIncluded: audience.notIncluded, sources };
}
