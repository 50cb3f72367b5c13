/** The shipped Instagram checklist asks only for what the Instagram reader reports, with fixes on Instagram. */
import { describe, expect, it } from 'vitest';
import { CHECKLIST_DIR } from '../../../main/cli/run-and-report.ts';
import { loadChecklists } from '../../../main/engine/checklist/load.ts';
import { IDENTITY_SETTINGS } from '../../../main/engine/identity/index.ts';
import { instagramReader } from '../../../main/engine/platforms/instagram/index.ts';

describe('the Instagram checklist', () => {
  it('checks the settings that matter for a doctor, each one the reader reports', async () => {
    const set = await loadChecklists(CHECKLIST_DIR);
    const instagram = set.platforms.find((p) => p.platform.id === 'instagram');
    const keys = instagram?.items.flatMap((i) => [i.check?.setting, ...i.when.map((w) => w.setting)]).filter((k) => k !== undefined) ?? [];
    for (const key of ['is_private', 'public_media_in_search_engines', 'allow_tags_from', 'usertag_review_enabled',
      'allow_mentions_from', 'presence_disabled', 'allow_sharing_to_story', 'allow_sharing_to_messages', 'chaining_enabled']) {
      expect(keys).toContain(key);
    }
    const known: string[] = [...instagramReader.settings, ...Object.values(IDENTITY_SETTINGS)];
    expect(keys.filter((k) => !known.includes(k))).toEqual([]);
    for (const item of instagram?.items ?? []) {
      expect(item.id.startsWith('instagram.')).toBe(true);
      expect(item.fix.url).toMatch(/^https:\/\/(?:www|accountscenter)\.instagram\.com\//);
      expect(item.manualCheck).not.toBe('');
    }
  });

  it('relaxes only the "keep private" items for a public professional account', async () => {
    const set = await loadChecklists(CHECKLIST_DIR);
    const items = set.platforms.find((p) => p.platform.id === 'instagram')?.items ?? [];
    const kinds = (setting: string): string[] => items.find((i) => i.check?.setting === setting)?.appliesTo ?? [];
    expect(kinds('is_private')).toEqual(['personal']);
    expect(kinds('allow_tags_from')).toEqual(['personal', 'professional']);
    expect(kinds('usertag_review_enabled')).toEqual(['personal', 'professional']);
    expect(kinds('chaining_enabled')).toEqual(['personal', 'professional']);
    // The search-engine switch exists only on public accounts: a private one is not asked about it.
    expect(items.find((i) => i.check?.setting === 'public_media_in_search_engines')?.when[0]).toMatchObject({ setting: 'is_private', expect: [false] });
  });
});
