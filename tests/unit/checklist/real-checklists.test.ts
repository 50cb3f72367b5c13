import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadChecklists } from '../../../main/engine/checklist/load.ts';
import { SEVERITY_WEIGHT } from '../../../main/engine/checklist/model.ts';
import { checklistError, lineContaining } from './fixtures.ts';

const REAL_DIR = fileURLToPath(new URL('../../../checklists', import.meta.url));
const tempDirs: string[] = [];
afterAll(() => Promise.all(tempDirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('the shipped checklists', () => {
  it('load, with a combined version naming every file', async () => {
    const set = await loadChecklists(REAL_DIR);
    const ids = set.platforms.map((p) => p.platform.id);
    const versions = [...ids.map((id) => `${id}@\\d+\\.\\d+\\.\\d+`), 'common@\\d+\\.\\d+\\.\\d+', 'guidance@\\d+\\.\\d+\\.\\d+'];
    expect(set.version).toMatch(new RegExp(`^${versions.join(' ')} \\(sha256:[0-9a-f]{12}\\)$`));
    expect(ids).toEqual(expect.arrayContaining(['x', 'facebook', 'instagram', 'threads', 'linkedin']));
  });

  it('check the X settings that matter for a doctor, with fixes on x.com', async () => {
    const set = await loadChecklists(REAL_DIR);
    const x = set.platforms.find((p) => p.platform.id === 'x');
    const settings = x?.items.flatMap((i) => (i.check ? [i.check.setting] : [])) ?? [];
    for (const key of ['protected', 'discoverable_by_email', 'discoverable_by_mobile_phone', 'geo_enabled',
      'allow_media_tagging', 'allow_dms_from', 'allow_location_history_personalization', 'address_book_live_sync_enabled']) {
      expect(settings).toContain(key);
    }
    for (const item of x?.items ?? []) {
      expect(item.id.startsWith('x.')).toBe(true);
      expect(item.fix.url).toMatch(/^https:\/\/x\.com\/settings\//);
      expect(item.weight).toBe(SEVERITY_WEIGHT[item.severity]);
      // Only good privacy practice may cite nothing: everything else rests on guidance.
      if (!item.privacyPractice) expect(item.guidance.length).toBeGreaterThan(0);
    }
    // A professional account is public on purpose: "protect your posts" must not count against it.
    const protectedItem = x?.items.find((i) => i.check?.setting === 'protected');
    expect(protectedItem?.appliesTo).toEqual(['personal']);
  });

  it('ask the name rule only where the profile presents as a health professional, without overstating it', async () => {
    const set = await loadChecklists(REAL_DIR);
    const name = set.common.find((i) => i.check?.setting === 'identity.registered-name-shown');
    expect(name?.when[0]).toMatchObject({ setting: 'identity.presents-as-health-professional', expect: [true], otherwise: expect.stringContaining('does not apply') as string });
    expect(name?.appliesTo).toEqual(['personal', 'professional']);
    expect(name?.why).toContain('should usually');
    expect(name?.why).not.toMatch(/\bmust (show|give|use|identify)/i);
    const para8 = name?.guidance.find((g) => g.id === 'gmc-2024-8');
    expect(para8).toMatchObject({ paragraph: '8', paragraphVerified: false, edition: expect.stringContaining('2024') as string });
    // The 2013 rule is background only, labelled withdrawn.
    expect(name?.guidance.find((g) => g.id === 'gmc-2013-17')).toMatchObject({ paragraph: '17', status: 'withdrawn', withdrawnOn: '2024-01-30' });
  });

  it('keep unverified paragraph numbers marked, and quotes short', async () => {
    const set = await loadChecklists(REAL_DIR);
    const byId = new Map(set.guidance.map((g) => [g.id, g]));
    expect(byId.get('gmc-2024-20')?.paragraphVerified).toBe(false);
    // 90's letters were not seen printed: the number stands, the letter is not verified.
    expect(byId.get('gmp-2024-90')).toMatchObject({ paragraph: '90', paragraphVerified: true });
    expect(byId.get('gmp-2024-90b')).toMatchObject({ paragraph: '90(b)', paragraphVerified: false });
    expect(byId.get('nmc-code-20-10')?.paragraph).toBe('20.10');
    expect(byId.get('bma-2011-friend-requests')).toMatchObject({ paragraph: 'Key points', paragraphVerified: true });
    for (const g of set.guidance) expect(g.quote.split(/\s+/).length).toBeLessThanOrEqual(40);
  });

  it('keep the common questions to the few that matter', async () => {
    const set = await loadChecklists(REAL_DIR);
    const perAccount = set.common.filter((i) => i.question !== null && !i.once);
    const once = set.common.filter((i) => i.once);
    expect(perAccount.length).toBeGreaterThanOrEqual(6);
    expect(perAccount.length).toBeLessThanOrEqual(9);
    expect(once.length).toBeLessThanOrEqual(8);
  });

  it('label every answer of every question with what it means, not a bare yes or no', async () => {
    const set = await loadChecklists(REAL_DIR);
    const questions = [...set.common, ...set.platforms.flatMap((p) => p.items)].filter((i) => i.question !== null);
    expect(questions.length).toBeGreaterThanOrEqual(15);
    for (const { id, question } of questions) {
      if (question === null) continue;
      const { yes, no, notApplicable } = question.labels;
      for (const label of [yes, no, notApplicable ?? 'Not applicable, because…']) {
        expect(label, id).not.toMatch(/^(?:yes|no|not applicable)\.?$/i);
      }
      expect(yes, id).toMatch(/^Yes\b/);
      expect(new Set([yes, no, notApplicable]).size, id).toBe(3);
    }
  });

  it('are refused when one line of a copy is broken, naming that line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chaperone-real-'));
    tempDirs.push(dir);
    await cp(REAL_DIR, dir, { recursive: true });
    const file = join(dir, 'x.yaml');
    const original = await readFile(file, 'utf8');
    const target = 'check: { setting: geo_enabled, expect: false }';
    const broken = original.replace(target, "check: { setting: geo_enabled, expect: false, expected: 'off' }");
    await writeFile(file, broken);

    const itemIndex = original.slice(0, original.indexOf(target)).split('\n  - id: ').length - 2;
    const error = await checklistError(() => loadChecklists(dir));
    expect(error.file).toBe('x.yaml');
    expect(error.fieldPath).toBe(`items[${itemIndex}].check.expected`);
    expect(error.line).toBe(lineContaining(broken, target.slice(0, -2)));
  });

  it('change version when any file changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chaperone-real-'));
    tempDirs.push(dir);
    await cp(REAL_DIR, dir, { recursive: true });
    const before = (await loadChecklists(dir)).version;
    await writeFile(join(dir, 'common.yaml'), `${await readFile(join(dir, 'common.yaml'), 'utf8')}\n# reviewed\n`);
    const after = (await loadChecklists(dir)).version;
    expect(after).not.toBe(before);
    expect(after.replace(/\(sha256:.*\)/, '')).toBe(before.replace(/\(sha256:.*\)/, ''));
  });
});
