/**
 * Keeps the shipped guidance data honest for every profession Chaperone offers: each item a user
 * sees rests on current guidance that binds them (or is labelled good privacy practice), no other
 * regulator's text reaches them, and every quote says where it was read.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { audienceFor, auditGuidance, itemsFor } from '../../../main/engine/checklist/audience.ts';
import { withGuidanceTables } from '../../../main/engine/checklist/guidance-doc.ts';
import { loadChecklists } from '../../../main/engine/checklist/load.ts';
import type { ChecklistItem, ChecklistSet, Publisher } from '../../../main/engine/checklist/model.ts';
import { PROFESSIONS, type Profession } from '../../../main/engine/profile.ts';
import { citation } from '../../../main/shared/guidance-words.ts';
import { INCLUDED_REGULATORS, usualRegulator } from '../../../renderer/components/first-run/professions.ts';
import { parse, demoOptions } from '../../../main/cli/options.ts';

const REAL_DIR = fileURLToPath(new URL('../../../checklists', import.meta.url));
let set: ChecklistSet;
let all: ChecklistItem[];
beforeAll(async () => {
  set = await loadChecklists(REAL_DIR);
  all = [...set.common, ...set.platforms.flatMap((p) => p.items)];
});

const included = (): Publisher[] => set.publishers.filter((p) => p.kind === 'regulator' && p.notIncluded === null);
const textOf = (item: ChecklistItem): string =>
  [item.title, item.why, item.question?.text ?? '', item.manualCheck, ...item.fix.steps, ...item.when.map((w) => w.otherwise ?? '')].join(' ');
const mentions = (text: string, p: Publisher): boolean => new RegExp(`\\b(${p.short}|${p.name})\\b`).test(text);

describe('the guidance each profession sees', () => {
  it('covers every profession but "other" with a regulator whose guidance is included', () => {
    const covered = included().flatMap((p) => p.professions);
    for (const profession of PROFESSIONS.filter((p) => p !== 'other')) expect(covered).toContain(profession);
  });

  it('offers, in the app and the command line, the regulators the data holds and no other', () => {
    expect([...INCLUDED_REGULATORS]).toEqual(included().map((p) => p.short));
    for (const profession of PROFESSIONS) {
      const fromData = included().find((p) => p.professions.includes(profession))?.short ?? '';
      expect(usualRegulator(profession), profession).toBe(fromData);
      const { values } = parse(['demo', '--profession', profession]);
      expect(demoOptions(values, {}, 'Amina Rahman').profile.regulator, profession).toBe(fromData);
    }
  });

  it('rests every item on current guidance of the user\'s own regulator, or labels it good privacy practice', () => {
    for (const regulator of included()) {
      for (const profession of regulator.professions) {
        const audience = audienceFor({ profession, regulator: regulator.short }, set.publishers);
        const items = itemsFor(all, audience);
        expect(items.length).toBeGreaterThan(0);
        for (const item of items.filter((i) => i.group === 'professional')) {
          const binding = item.guidance.filter((g) => g.publisherId === regulator.id && g.status === 'current');
          expect(binding.length, `${item.id} for a ${profession}`).toBeGreaterThan(0);
        }
        // Some professional items for everyone: confidentiality is in every regulator's text.
        expect(items.find((i) => i.id === 'common.no-identifiable-patient-information')?.group).toBe('professional');
      }
    }
  });

  it('never shows another regulator\'s guidance, by citation or by name', () => {
    for (const regulator of included()) {
      const others = set.publishers.filter((p) => p.id !== regulator.id && !(p.kind === 'professional-body' && p.professions.some((x) => regulator.professions.includes(x))));
      for (const profession of regulator.professions) {
        const audience = audienceFor({ profession, regulator: regulator.short }, set.publishers);
        for (const item of itemsFor(all, audience)) {
          for (const other of others) {
            expect(item.guidance.some((g) => g.publisherId === other.id), `${item.id} cites ${other.short} for a ${profession}`).toBe(false);
            expect(mentions(textOf(item), other), `${item.id} names ${other.short}`).toBe(false);
          }
        }
        const sources = auditGuidance(set, { profession, regulator: regulator.short }).sources;
        expect(sources.length).toBeGreaterThan(0);
        for (const source of sources) expect(others.map((o) => o.name)).not.toContain(source.publisher);
      }
    }
  });

  it('puts the four X items no guidance asks for in the privacy-practice group for everyone', () => {
    const ids = ['x.no-personalised-ads', 'x.no-inferred-identity', 'x.no-data-sharing-with-partners', 'x.no-location-history-personalisation'];
    for (const profession of PROFESSIONS) {
      const items = itemsFor(all, audienceFor({ profession, regulator: '' }, set.publishers));
      for (const id of ids) expect(items.find((i) => i.id === id)?.group, `${id} for a ${profession}`).toBe('privacy-practice');
    }
  });

  it('asks the name questions of GMC registrants only, on the 2024 rule about commenting on health', () => {
    const names = ['common.registered-name-shown', 'common.says-who-you-are-on-health', 'linkedin.full-last-name-personal'];
    const doctor = itemsFor(all, audienceFor({ profession: 'doctor', regulator: 'GMC' }, set.publishers));
    for (const id of names) expect(doctor.find((i) => i.id === id)?.group).toBe('professional');
    expect(doctor.find((i) => i.id === 'common.says-who-you-are-on-health')?.question?.text).toContain('Do you comment on health or healthcare from this account?');
    const first = doctor.find((i) => i.id === 'common.registered-name-shown')?.guidance[0];
    expect(first).toMatchObject({ id: 'gmc-2024-8', status: 'current' });
    for (const profession of ['nurse', 'pharmacist', 'allied-health-professional', 'dentist'] as Profession[]) {
      const items = itemsFor(all, audienceFor({ profession, regulator: '' }, set.publishers));
      for (const id of names) expect(items.find((i) => i.id === id), `${id} for a ${profession}`).toBeUndefined();
    }
  });

  it('leaves out an item whose only regulator text is withdrawn', () => {
    const doctor = itemsFor(all, audienceFor({ profession: 'doctor', regulator: 'GMC' }, set.publishers));
    // The employer-policy point is in the withdrawn 2013 GMC guidance only.
    expect(doctor.find((i) => i.id === 'common.employer-policy-read')).toBeUndefined();
    const nurse = itemsFor(all, audienceFor({ profession: 'nurse', regulator: 'NMC' }, set.publishers));
    expect(nurse.find((i) => i.id === 'common.employer-policy-read')?.group).toBe('professional');
  });

  it('says plainly when a regulator\'s guidance is not included, and then scores nothing as professional', () => {
    const audience = audienceFor({ profession: 'other', regulator: 'GOC' }, set.publishers);
    expect(audience.notIncluded).toBe('Guidance from GOC is not yet included in Chaperone, so it cites none.');
    const items = itemsFor(all, audience);
    expect(items.filter((i) => i.group === 'professional')).toEqual([]);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.category === 'privacy' || i.category === 'boundaries')).toBe(true);
  });

  it('says "Chaperone applies" where the guidance does not name the setting', () => {
    const items = itemsFor(all, audienceFor({ profession: 'doctor', regulator: 'GMC' }, set.publishers));
    const posts = items.find((i) => i.id === 'x.posts-protected');
    expect(posts?.why).toContain('Chaperone applies your guidance on who can see what you share, and professional boundaries here: the guidance does not name this setting.');
    // Not for a nurse, for whom it is good privacy practice only.
    const nurse = itemsFor(all, audienceFor({ profession: 'nurse', regulator: 'NMC' }, set.publishers));
    expect(nurse.find((i) => i.id === 'x.posts-protected')).toMatchObject({ group: 'privacy-practice' });
    expect(nurse.find((i) => i.id === 'x.posts-protected')?.why).not.toContain('Chaperone applies');
  });
});

describe('the quotes themselves', () => {
  it('are all cited by some item, and every cited id exists', () => {
    const cited = new Set(all.flatMap((i) => i.guidance.map((g) => g.id)));
    expect(set.guidance.filter((ref) => !cited.has(ref.id)).map((ref) => ref.id)).toEqual([]);
  });

  it('record where and when each was read, and link only to the publisher\'s own site', () => {
    for (const ref of set.guidance) {
      expect(URL.canParse(ref.confirmedAt), ref.id).toBe(true);
      expect(ref.confirmedOn).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      const publisher = set.publishers.find((p) => p.id === ref.publisherId);
      if (ref.url !== null) {
        const host = new URL(ref.url).hostname;
        expect(publisher?.sites.some((s) => host === s || host.endsWith(`.${s}`)), `${ref.id} links to ${host}`).toBe(true);
        expect(ref.url.startsWith('https://')).toBe(true);
      }
    }
  });

  it('label withdrawn editions with the date, and unconfirmed numbers as such, in every citation', () => {
    const byId = new Map(set.guidance.map((g) => [g.id, g]));
    const text = (id: string): string => { const ref = byId.get(id); if (ref === undefined) throw new Error(id); return citation(ref); };
    expect(text('gmc-2013-17')).toContain('[withdrawn on 30 January 2024: background only]');
    expect(text('gmc-2024-18')).toMatch(/paragraph 18 \[current\]$/);
    expect(text('gmc-2024-8')).toContain('paragraph 8 (paragraph number not verified) [current]');
    expect(text('gmc-2024-boundaries')).toContain('paragraph number not found [current]');
    expect(text('bma-2011-friend-requests')).toContain('withdrawn on 14 March 2017');
  });
});

describe('docs/guidance.md', () => {
  it('lists every source and quote with where it was read, as the data holds them (run npm run guidance-doc after a change)', () => {
    const page = readFileSync(new URL('../../../docs/guidance.md', import.meta.url), 'utf8');
    expect(page).toBe(withGuidanceTables(page, set));
    for (const ref of set.guidance) expect(page).toContain(`\`${ref.id}\``);
    for (const publisher of set.publishers.filter((p) => p.notIncluded !== null)) expect(page).toContain(`Not yet included: ${publisher.notIncluded ?? ''}`);
  });
});
