/**
 * Report version 1 to version 2. Version 1 printed every publisher's guidance for everyone, had no
 * privacy-practice group and scored every item. Version 2:
 * - keeps only the guidance of publishers that bind or advise the user's profession;
 * - marks the 2013 GMC guidance withdrawn, and the BMA's as advice;
 * - drops links that were not the publisher's own site (the passage stays, with where it was read);
 * - moves the X items no guidance asks for into the privacy-practice group, and any privacy or
 *   boundaries setting left citing no current guidance of the user's regulator, as an audit
 *   does now; then works the scores out again without them.
 * Nothing a person answered or read is changed.
 */
import type { AuditGuidance, ItemResult } from '../audit/model.ts';
import { scoreItems } from '../../shared/score.ts';
import { practiceWhenUncovered } from '../checklist/audience.ts';
import { onSite } from '../checklist/guidance.ts';
import type { AuditReport } from './schema.ts';
import type { ReportV1 } from './schema-v1.ts';

/** Items version 1 scored that no professional guidance asks for: good privacy practice only in version 2. */
export const V1_PRIVACY_PRACTICE_ITEMS: ReadonlySet<string> = new Set([
  'x.no-location-history-personalisation', 'x.no-personalised-ads', 'x.no-inferred-identity', 'x.no-data-sharing-with-partners',
  'x.no-location-on-posts', 'x.old-post-locations-removed',
]);

/** As an audit decides it now (checklist/audience.ts): practice when nothing current of the user's regulator asks for it. */
function groupOf(item: V1Item, guidance: readonly Guidance[]): ItemResult['group'] {
  if (V1_PRIVACY_PRACTICE_ITEMS.has(item.itemId)) return 'privacy-practice';
  const binding = guidance.some((g) => g.binding === 'regulator' && g.status === 'current');
  return !binding && practiceWhenUncovered({ category: item.category, automatic: item.setting !== null }) ? 'privacy-practice' : 'professional';
}

/** The three publishers version 1 cited, as version 2 describes them. */
const V1_PUBLISHERS: Readonly<Record<string, { id: string; short: string; binding: 'regulator' | 'advice'; site: string; professions: readonly string[] }>> = {
  'General Medical Council': { id: 'gmc', short: 'GMC', binding: 'regulator', site: 'gmc-uk.org', professions: ['doctor', 'physician-associate', 'anaesthesia-associate'] },
  'Nursing and Midwifery Council': { id: 'nmc', short: 'NMC', binding: 'regulator', site: 'nmc.org.uk', professions: ['nurse', 'midwife', 'nursing-associate'] },
  'British Medical Association': { id: 'bma', short: 'BMA', binding: 'advice', site: 'bma.org.uk', professions: ['doctor'] },
};
const GMC_2013_WITHDRAWN = '2024-01-30';
const NOT_RECORDED = 'not recorded (report version 1)';

type V1Item = ReportV1['audit']['accounts'][number]['items'][number];
type V1Guidance = V1Item['guidance'][number];
type Guidance = ItemResult['guidance'][number];

function migrateGuidance(ref: V1Guidance): Guidance | null {
  const publisher = V1_PUBLISHERS[ref.publisher];
  if (publisher === undefined) return null;
  const withdrawn = publisher.id === 'gmc' && ref.edition.startsWith('2013');
  const official = URL.canParse(ref.url) && onSite(ref.url, [publisher.site]);
  return {
    ...ref,
    publisherId: publisher.id,
    publisherShort: publisher.short,
    binding: publisher.binding,
    status: withdrawn ? 'withdrawn' : 'current',
    withdrawnOn: withdrawn ? GMC_2013_WITHDRAWN : null,
    url: official && ref.url.startsWith('https://') ? ref.url : null,
    confirmedAt: ref.url,
    confirmedOn: NOT_RECORDED,
  };
}

export function migrateReportV1(v1: ReportV1): AuditReport {
  const { profession, regulator } = v1.profile;
  const binds = (publisher: (typeof V1_PUBLISHERS)[string]): boolean =>
    publisher.binding === 'regulator' && regulator.trim() !== '' ? publisher.short.toLowerCase() === regulator.trim().toLowerCase() : publisher.professions.includes(profession);
  const keep = (ref: Guidance | null): ref is Guidance => ref !== null && binds(V1_PUBLISHERS[ref.publisher] ?? { id: '', short: '', binding: 'advice', site: '', professions: [] });

  const accounts = v1.audit.accounts.map((account) => {
    const items = account.items.map((item): ItemResult => {
      const guidance = item.guidance.map(migrateGuidance).filter(keep)
        .sort((a, b) => Number(a.status === 'withdrawn') - Number(b.status === 'withdrawn'));
      // Version 1 did not record which answer shows no risk: its answers stay answers, never to-dos.
      return { ...item, group: groupOf(item, guidance), guidance, goodAnswer: null, answerLabels: null };
    });
    return { ...account, items, score: scoreItems(items) };
  });

  const sources = new Map<string, AuditGuidance['sources'][number]>();
  for (const ref of accounts.flatMap((a) => a.items.flatMap((i) => i.guidance))) {
    const { publisher, publisherShort, binding, title, edition, status, withdrawnOn, url } = ref;
    sources.set(`${publisher}\0${title}\0${edition}`, { publisher, publisherShort, binding, title, edition, status, withdrawnOn, url });
  }
  const regulatorShort = Object.values(V1_PUBLISHERS).find((p) => p.binding === 'regulator' && binds(p))?.short ?? null;
  return {
    ...v1,
    schemaVersion: 2,
    audit: {
      ...v1.audit,
      accounts,
      questions: [],
      overall: scoreItems(accounts.flatMap((a) => a.items)),
      guidance: {
        regulator: regulatorShort,
        notIncluded: regulatorShort === null ? 'This audit was made before Chaperone held your regulator\'s guidance.' : null,
        sources: [...sources.values()].sort((a, b) => Number(a.status === 'withdrawn') - Number(b.status === 'withdrawn')),
      },
    },
  };
}
