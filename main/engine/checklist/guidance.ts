/** guidance.yaml: the sources and the exact passages that checklist items cite. */
import type { GuidanceReference } from './model.ts';
import { guidanceFileSchema } from './schema.ts';
import { failAt, parseWith } from './validate.ts';
import { readYaml } from './yaml-source.ts';

export interface GuidanceFile {
  file: string;
  version: string;
  references: GuidanceReference[];
}

export function parseGuidanceFile(file: string, text: string): GuidanceFile {
  const source = readYaml(file, text);
  const raw = parseWith(guidanceFileSchema, source);

  const sources = new Map<string, (typeof raw.sources)[number]>();
  raw.sources.forEach((s, i) => {
    if (sources.has(s.id)) failAt(source, ['sources', i, 'id'], `source "${s.id}" is defined twice`);
    sources.set(s.id, s);
  });

  const seen = new Set<string>();
  const references = raw.references.map((ref, i): GuidanceReference => {
    if (seen.has(ref.id)) failAt(source, ['references', i, 'id'], `reference "${ref.id}" is defined twice`);
    seen.add(ref.id);
    const from = sources.get(ref.source);
    if (from === undefined) {
      failAt(source, ['references', i, 'source'], `no source with id "${ref.source}" in sources`);
    }
    return {
      id: ref.id,
      publisher: from.publisher,
      title: from.title,
      edition: from.edition,
      paragraph: ref.paragraph,
      paragraphVerified: ref.paragraphVerified,
      quote: ref.quote,
      url: ref.url ?? from.url,
    };
  });
  return { file, version: raw.version, references };
}
