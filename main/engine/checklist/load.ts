/**
 * Loads the checklists folder: guidance.yaml, common.yaml and one file per platform. Any problem
 * throws a ChecklistError naming file, field and line; there is no partial set, because the app
 * must refuse to audit rather than judge against a checklist it only half understood.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { FileAccessError } from '../files/file-access-error.ts';
import { INPUT_LIMITS, readInputFile } from '../files/read-input-file.ts';
import { ChecklistError } from './model.ts';
import type { ChecklistItem, ChecklistSet, GuidanceReference, PlatformChecklist } from './model.ts';
import { parseGuidanceFile } from './guidance.ts';
import { hostAllowed } from '../browser/allow-list.ts';
import { resolveItems } from './items.ts';
import { commonFileSchema, platformFileSchema } from './schema.ts';
import { failAt, parseWith } from './validate.ts';
import { readYaml } from './yaml-source.ts';

export { parseGuidanceFile } from './guidance.ts';
export type { GuidanceFile } from './guidance.ts';

export type ParsedChecklistFile =
  | { kind: 'platform'; checklist: PlatformChecklist }
  | { kind: 'common'; file: string; version: string; items: ChecklistItem[] };

const YAML_FILE = /\.ya?ml$/;
const stem = (file: string): string => basename(file).replace(YAML_FILE, '');

/** Parses one checklist file. `common.yaml` holds cross-platform items; any other name is a platform. */
export function parseChecklistFile(file: string, text: string, guidance: readonly GuidanceReference[]): ParsedChecklistFile {
  const source = readYaml(file, text);
  const byId = new Map(guidance.map((g) => [g.id, g]));
  if (stem(file) === 'common') {
    const raw = parseWith(commonFileSchema, source);
    const items = resolveItems(raw.items, { source, idPrefix: 'common.', guidance: byId, hosts: null });
    return { kind: 'common', file, version: raw.version, items };
  }
  const raw = parseWith(platformFileSchema, source);
  const { platform } = raw;
  if (stem(file) !== platform.id) {
    failAt(source, ['platform', 'id'], `the file ${file} must describe platform "${stem(file)}" (rename the file or fix the id)`);
  }
  platform.settingsPages.forEach((page, i) => {
    if (!hostAllowed(new URL(page.url).hostname, platform.hosts)) {
      failAt(source, ['platform', 'settingsPages', i, 'url'], `must be on one of the platform's hosts (${platform.hosts.join(', ')})`);
    }
  });
  const items = resolveItems(raw.items, { source, idPrefix: `${platform.id}.`, guidance: byId, hosts: platform.hosts });
  return { kind: 'platform', checklist: { file, version: raw.version, platform, items } };
}

async function readFolder(dir: string): Promise<Map<string, string>> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries.filter((e) => e.isFile() && YAML_FILE.test(e.name)).map((e) => e.name).sort();
  } catch (error) {
    throw new ChecklistError(dir, '', null, `cannot read the checklists folder (${(error as Error).message})`);
  }
  const files = new Map<string, string>();
  const byStem = new Map<string, string>();
  for (const name of names) {
    const other = byStem.get(stem(name));
    if (other !== undefined) throw new ChecklistError(name, '', null, `${other} and ${name} describe the same thing: keep one file`);
    byStem.set(stem(name), name);
    files.set(name, await readChecklistFile(dir, name));
  }
  return files;
}

async function readChecklistFile(dir: string, name: string): Promise<string> {
  try {
    return (await readInputFile(join(dir, name), INPUT_LIMITS.checklist)).toString('utf8');
  } catch (error) {
    throw new ChecklistError(name, '', null, `cannot be read: ${error instanceof FileAccessError ? error.reason : String(error)}`);
  }
}

function fileNamed(files: ReadonlyMap<string, string>, wanted: string, dir: string): [string, string] {
  for (const [name, text] of files) if (stem(name) === wanted) return [name, text];
  throw new ChecklistError(`${wanted}.yaml`, '', null, `file is missing from ${dir}`);
}

function combinedVersion(files: ReadonlyMap<string, string>, parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const [name, text] of files) hash.update(`${name}\0${text}\0`);
  return `${parts.join(' ')} (sha256:${hash.digest('hex').slice(0, 12)})`;
}

/** Loads and validates every checklist in `dir`. Throws ChecklistError on the first problem. */
export async function loadChecklists(dir: string): Promise<ChecklistSet> {
  const files = await readFolder(dir);
  const [guidanceName, guidanceText] = fileNamed(files, 'guidance', dir);
  const guidance = parseGuidanceFile(guidanceName, guidanceText);
  const [commonName, commonText] = fileNamed(files, 'common', dir);
  const common = parseChecklistFile(commonName, commonText, guidance.references);
  if (common.kind !== 'common') throw new Error('common.yaml parsed as a platform file');

  const platforms: PlatformChecklist[] = [];
  for (const [name, text] of files) {
    if (name === guidanceName || name === commonName) continue;
    const parsed = parseChecklistFile(name, text, guidance.references);
    if (parsed.kind !== 'platform') continue;
    const twin = platforms.find((p) => p.platform.id === parsed.checklist.platform.id);
    if (twin !== undefined) {
      failAt(readYaml(name, text), ['platform', 'id'], `platform "${twin.platform.id}" is already described in ${twin.file}`);
    }
    platforms.push(parsed.checklist);
  }
  if (platforms.length === 0) throw new ChecklistError(dir, '', null, 'no platform checklist files found');

  const version = combinedVersion(files, [
    ...platforms.map((p) => `${p.platform.id}@${p.version}`),
    `common@${common.version}`,
    `guidance@${guidance.version}`,
  ]);
  return { version, publishers: guidance.publishers, sources: guidance.sources, guidance: guidance.references, common: common.items, platforms };
}
