/**
 * guidance.yaml: who publishes guidance and whom it binds or advises, the sources, and the exact
 * passages that checklist items cite, each with where and when its wording was confirmed.
 */
import type { ChecklistSet, GuidanceReference, Publisher } from './model.ts';
import { guidanceFileSchema } from './schema.ts';
import { failAt, parseWith } from './validate.ts';
import { readYaml } from './yaml-source.ts';

export interface GuidanceFile {
  file: string;
  version: string;
  publishers: Publisher[];
  sources: ChecklistSet['sources'];
  references: GuidanceReference[];
}

/** True when the address is on one of the publisher's own sites (or a sub-domain of one). */
export function onSite(url: string, sites: readonly string[]): boolean {
  const host = new URL(url).hostname;
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

export function parseGuidanceFile(file: string, text: string): GuidanceFile {
  const source = readYaml(file, text);
  const raw = parseWith(guidanceFileSchema, source);

  const publishers = new Map<string, Publisher>();
  const regulatorOf = new Map<string, string>();
  raw.publishers.forEach((p, i) => {
    if (publishers.has(p.id)) failAt(source, ['publishers', i, 'id'], `publisher "${p.id}" is defined twice`);
    if (p.kind === 'regulator') {
      p.professions.forEach((profession, j) => {
        const other = regulatorOf.get(profession);
        if (other !== undefined) failAt(source, ['publishers', i, 'professions', j], `${profession} is already registered with ${other}`);
        regulatorOf.set(profession, p.short);
      });
    }
    publishers.set(p.id, { ...p, notIncluded: p.notIncluded ?? null });
  });

  const sources = new Map<string, { from: Publisher; model: ChecklistSet['sources'][number] }>();
  raw.sources.forEach((s, i) => {
    if (sources.has(s.id)) failAt(source, ['sources', i, 'id'], `source "${s.id}" is defined twice`);
    const from = publishers.get(s.publisher);
    if (from === undefined) failAt(source, ['sources', i, 'publisher'], `no publisher with id "${s.publisher}" in publishers`);
    if (from.notIncluded !== null) failAt(source, ['sources', i, 'publisher'], `${from.short} is marked notIncluded: remove that, or this source`);
    if (s.url !== null && !onSite(s.url, from.sites)) failAt(source, ['sources', i, 'url'], `must be on ${from.short}'s own site (${from.sites.join(' or ')})`);
    sources.set(s.id, {
      from,
      model: {
        id: s.id, publisherId: from.id, publisher: from.name, publisherShort: from.short,
        binding: from.kind === 'regulator' ? 'regulator' : 'advice',
        title: s.title, edition: s.edition, status: s.status, withdrawnOn: s.withdrawnOn ?? null, url: s.url,
      },
    });
  });

  const seen = new Set<string>();
  const references = raw.references.map((ref, i): GuidanceReference => {
    if (seen.has(ref.id)) failAt(source, ['references', i, 'id'], `reference "${ref.id}" is defined twice`);
    seen.add(ref.id);
    const src = sources.get(ref.source);
    if (src === undefined) failAt(source, ['references', i, 'source'], `no source with id "${ref.source}" in sources`);
    if (ref.url != null && !onSite(ref.url, src.from.sites)) {
      failAt(source, ['references', i, 'url'], `must be on ${src.from.short}'s own site (${src.from.sites.join(' or ')})`);
    }
    if (ref.url != null && src.model.url === null) {
      failAt(source, ['references', i, 'url'], 'its source has no official address, so a passage of it cannot have one');
    }
    return {
      ...src.model,
      id: ref.id,
      paragraph: ref.paragraph,
      paragraphVerified: ref.paragraphVerified,
      quote: ref.quote,
      url: ref.url === undefined ? src.model.url : ref.url,
      confirmedAt: ref.confirmedAt,
      confirmedOn: ref.confirmedOn,
    };
  });
  for (const [id, p] of publishers) {
    // A regulator Chaperone offers must be citable; a professional body may be background only.
    if (p.kind === 'regulator' && p.notIncluded === null && !references.some((r) => r.publisherId === id && r.status === 'current')) {
      failAt(source, ['publishers'], `${p.short} has no current guidance in the data: add some, or mark it notIncluded`);
    }
  }
  return { file, version: raw.version, publishers: [...publishers.values()], sources: [...sources.values()].map((s) => s.model), references };
}
