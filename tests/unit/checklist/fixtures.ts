/** Small checklist sets written to a temp folder, so each test can break exactly one thing. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChecklistError } from '../../../main/engine/checklist/model.ts';

export const GUIDANCE = `version: 2.0.0
publishers:
  - id: gmc
    name: General Medical Council
    short: GMC
    kind: regulator
    sites: [example.org]
    professions: [doctor]
sources:
  - id: gmc-test
    publisher: gmc
    title: Test guidance
    edition: 2024
    status: current
    url: https://example.org/guidance
references:
  - id: say-who
    source: gmc-test
    paragraph: 8
    paragraphVerified: false
    quote: Say who you are.
    confirmedAt: https://example.org/guidance
    confirmedOn: 2026-12-03
  - id: privacy
    source: gmc-test
    paragraph: Key points
    paragraphVerified: true
    quote: Use conservative privacy settings.
    url: https://example.org/other
    confirmedAt: https://copy.example.net/guidance
    confirmedOn: 2026-12
`;

export const COMMON = `version: 1.0.0
items:
  - id: common.name
    title: Name shown
    category: identity
    severity: medium
    appliesTo: [personal, professional]
    when: { setting: identity.presents-as-health-professional, expect: true }
    check: { setting: identity.registered-name-shown, expect: true }
    why: Say who you are.
    guidance: [say-who]
    fix:
      steps: [Edit your profile.]
    manualCheck: Look at your profile.
`;

/** An X file whose first item's body is `item` (indented by four spaces). */
export function xFile(item: string): string {
  return `version: 2.1.0
platform:
  id: x
  name: X
  hosts: [x.com]
  settingsPages:
    - title: Privacy
      url: https://x.com/settings/privacy_and_safety
items:
  - id: x.protected
${item}`;
}

export const X_ITEM = `    title: Posts protected
    category: privacy
    severity: high
    appliesTo: [personal]
    check: { setting: protected, expect: true }
    why: Strangers cannot read your posts.
    guidance: [privacy]
    fix:
      url: https://x.com/settings/audience_and_tagging
      steps:
        - Tick "Protect your posts".
    manualCheck: Look at the box.
`;

const dirs: string[] = [];

/** Writes guidance.yaml, common.yaml and x.yaml (each replaceable, or left out with null) plus any extra files. */
export async function writeSet(files: Record<string, string | null> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'chaperone-checklists-'));
  dirs.push(dir);
  const all: Record<string, string | null> = { 'guidance.yaml': GUIDANCE, 'common.yaml': COMMON, 'x.yaml': xFile(X_ITEM), ...files };
  for (const [name, text] of Object.entries(all)) if (text !== null) await writeFile(join(dir, name), text);
  return dir;
}

export async function removeSets(): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** 1-based line of the first line of `text` that contains `needle`, counted independently of the loader. */
export function lineContaining(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`fixture has no line containing ${needle}`);
  return index + 1;
}

/** Runs `fn` and returns the ChecklistError it throws; fails the test if it does not throw one. */
export async function checklistError(fn: () => Promise<unknown>): Promise<ChecklistError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof ChecklistError) return error;
    throw error;
  }
  throw new Error('expected a ChecklistError, but the checklists loaded');
}
