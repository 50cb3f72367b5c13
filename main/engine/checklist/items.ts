/** Turns validated raw items into model items: ids, guidance references and fix pages checked. */
import { hostAllowed } from '../browser/allow-list.ts';
import { SEVERITY_WEIGHT } from './model.ts';
import type { ChecklistItem, GuidanceReference, SettingCheck } from './model.ts';
import type { RawItem } from './schema.ts';
import { failAt } from './validate.ts';
import type { YamlSource } from './yaml-source.ts';

export interface ItemContext {
  source: YamlSource;
  /** Every item id in this file must start with this, e.g. "x." or "common.". */
  idPrefix: string;
  guidance: ReadonlyMap<string, GuidanceReference>;
  /** Hosts a fix page may be on; null where any https page is fine (common items). */
  hosts: readonly string[] | null;
}

function toCheck(raw: RawItem['check']): SettingCheck | null {
  return raw === undefined ? null : { setting: raw.setting, expect: raw.expect };
}

export function resolveItems(raw: readonly RawItem[], ctx: ItemContext): ChecklistItem[] {
  const seen = new Set<string>();
  return raw.map((item, i): ChecklistItem => {
    const at = ['items', i] as const;
    if (!item.id.startsWith(ctx.idPrefix)) failAt(ctx.source, [...at, 'id'], `must start with "${ctx.idPrefix}"`);
    if (seen.has(item.id)) failAt(ctx.source, [...at, 'id'], `item id "${item.id}" is used twice in this file`);
    seen.add(item.id);

    const guidance = (item.guidance ?? []).map((refId, g) => {
      const ref = ctx.guidance.get(refId);
      if (ref === undefined) failAt(ctx.source, [...at, 'guidance', g], `no guidance reference "${refId}" in guidance.yaml`);
      return ref;
    });

    const url = item.fix.url ?? null;
    if (url !== null && ctx.hosts !== null && !hostAllowed(new URL(url).hostname, ctx.hosts)) {
      failAt(ctx.source, [...at, 'fix', 'url'], `must be on one of the platform's hosts (${ctx.hosts.join(', ')})`);
    }

    return {
      id: item.id,
      title: item.title,
      category: item.category,
      severity: item.severity,
      weight: item.weight ?? SEVERITY_WEIGHT[item.severity],
      appliesTo: item.appliesTo,
      check: toCheck(item.check),
      question: item.question === undefined ? null : {
        text: item.question.text, goodAnswer: item.question.goodAnswer,
        labels: { yes: item.question.labels.yes, no: item.question.labels.no, notApplicable: item.question.labels.notApplicable ?? null },
      },
      when: (item.when ?? []).map((c) => ({ setting: c.setting, expect: c.expect, otherwise: c.otherwise ?? null })),
      privacyPractice: item.privacyPractice ?? false,
      once: item.once ?? false,
      appliesGuidanceOn: item.appliesGuidanceOn ?? null,
      why: item.why,
      guidance,
      fix: { url, steps: item.fix.steps },
      manualCheck: item.manualCheck,
      file: ctx.source.file,
    };
  });
}
