/** Every setting a checklist asks for is one a reader (or the identity rules) can produce, so no item is unknown for ever by a typo. */
import { describe, expect, it } from 'vitest';
import { CHECKLIST_DIR } from '../../main/cli/run-and-report.ts';
import { loadChecklists } from '../../main/engine/checklist/load.ts';
import { IDENTITY_SETTINGS } from '../../main/engine/identity/index.ts';
import { READERS } from '../../main/engine/platforms/index.ts';
import { READ_AUTOMATICALLY } from '../../main/shared/platforms.ts';

describe('checklists and readers agree', () => {
  it('every checked setting is one the platform reader or the identity rules report', async () => {
    const set = await loadChecklists(CHECKLIST_DIR);
    const identity: string[] = Object.values(IDENTITY_SETTINGS);
    const keysOf = (items: typeof set.common): string[] => items.flatMap((i) => [i.check?.setting, ...i.when.map((w) => w.setting)]).filter((k) => k !== undefined);
    expect(keysOf(set.common).filter((k) => !identity.includes(k))).toEqual([]);
    for (const checklist of set.platforms) {
      const reader = READERS.find((r) => r.platform === checklist.platform.id);
      expect(reader, `a reader for ${checklist.platform.id}`).toBeDefined();
      const known = [...(reader?.settings ?? []), ...identity];
      expect(keysOf(checklist.items).filter((k) => !known.includes(k)), checklist.file).toEqual([]);
    }
  });

  it('the accounts screen calls exactly the platforms with a reader "read automatically"', () => {
    expect([...READ_AUTOMATICALLY].sort()).toEqual(READERS.map((r) => r.platform).sort());
  });
});
