/** The shipped LinkedIn checklist asks only for what the LinkedIn reader reports, for the right accounts. */
import { describe, expect, it } from 'vitest';
import { CHECKLIST_DIR } from '../../../main/cli/run-and-report.ts';
import { loadChecklists } from '../../../main/engine/checklist/load.ts';
import { IDENTITY_SETTINGS } from '../../../main/engine/identity/index.ts';
import { linkedinReader } from '../../../main/engine/platforms/linkedin/index.ts';

describe('checklists/linkedin.yaml', () => {
  it('checks only settings the LinkedIn reader or the identity rules report, with fixes on linkedin.com', async () => {
    const set = await loadChecklists(CHECKLIST_DIR);
    const linkedin = set.platforms.find((p) => p.platform.id === 'linkedin');
    expect(linkedin?.platform.name).toBe('LinkedIn');
    const known: string[] = [...linkedinReader.settings, ...Object.values(IDENTITY_SETTINGS)];
    for (const item of linkedin?.items ?? []) {
      expect(known).toContain(item.check?.setting);
      for (const when of item.when) expect(known).toContain(when.setting);
      expect(item.fix.url).toMatch(/^https:\/\/www\.linkedin\.com\//);
    }
    // Every setting the reader reports is checked by some item.
    expect(new Set(linkedin?.items.map((i) => i.check?.setting))).toEqual(new Set(linkedinReader.settings));
  });

  it('relaxes only the public profile for a professional account, and asks for the full last name there', async () => {
    const set = await loadChecklists(CHECKLIST_DIR);
    const items = set.platforms.find((p) => p.platform.id === 'linkedin')?.items ?? [];
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get('linkedin.public-profile-off')?.appliesTo).toEqual(['personal']);
    expect(byId.get('linkedin.full-last-name-professional')).toMatchObject({ appliesTo: ['professional'], when: [] });
    expect(byId.get('linkedin.full-last-name-personal')?.when[0]).toMatchObject({ setting: 'identity.presents-as-health-professional', expect: [true] });
    for (const id of ['linkedin.not-findable-by-email', 'linkedin.not-findable-by-phone', 'linkedin.connections-hidden']) {
      expect(byId.get(id)?.appliesTo).toEqual(['personal', 'professional']);
    }
  });
});
