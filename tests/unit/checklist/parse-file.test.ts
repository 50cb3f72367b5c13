import { describe, expect, it } from 'vitest';
import { parseChecklistFile, parseGuidanceFile } from '../../../main/engine/checklist/load.ts';
import { COMMON, GUIDANCE, X_ITEM, xFile } from './fixtures.ts';

const guidance = parseGuidanceFile('guidance.yaml', GUIDANCE).references;

describe('parseChecklistFile', () => {
  it('resolves guidance ids into quoted references with their source', () => {
    expect(guidance[1]).toEqual({
      id: 'privacy', publisherId: 'gmc', publisher: 'General Medical Council', publisherShort: 'GMC', binding: 'regulator',
      title: 'Test guidance', edition: '2024', status: 'current', withdrawnOn: null,
      paragraph: 'Key points', paragraphVerified: true, quote: 'Use conservative privacy settings.',
      url: 'https://example.org/other', confirmedAt: 'https://copy.example.net/guidance', confirmedOn: '2026-12',
    });
    expect(guidance[0]).toMatchObject({ paragraph: '8', paragraphVerified: false, url: 'https://example.org/guidance' });
  });

  it('turns a platform file into the model, deriving weight from severity', () => {
    const parsed = parseChecklistFile('x.yaml', xFile(X_ITEM), guidance);
    if (parsed.kind !== 'platform') throw new Error('expected a platform file');
    const { checklist } = parsed;
    expect(checklist).toMatchObject({ file: 'x.yaml', version: '2.1.0', platform: { id: 'x', hosts: ['x.com'] } });
    expect(checklist.items[0]).toMatchObject({
      id: 'x.protected', weight: 3, check: { setting: 'protected', expect: [true] }, question: null, when: [],
      fix: { url: 'https://x.com/settings/audience_and_tagging', steps: ['Tick "Protect your posts".'] }, file: 'x.yaml',
    });
    expect(checklist.items[0]?.guidance.map((g) => g.id)).toEqual(['privacy']);
  });

  it('keeps an explicit weight, a list of passing values and a question', () => {
    const item = X_ITEM.replace('check: { setting: protected, expect: true }', "question: { text: Sure?, goodAnswer: 'no', labels: { 'yes': 'Yes, I am', 'no': 'No, not at all' } }")
      .replace('severity: high', 'severity: high\n    weight: 5');
    const listItem = X_ITEM.replace('setting: protected, expect: true', 'setting: allow_media_tagging, expect: [none, following]');
    const parsed = parseChecklistFile('x.yaml', `${xFile(item)}  - id: x.tagging\n${listItem}`, guidance);
    if (parsed.kind !== 'platform') throw new Error('expected a platform file');
    const [question, tagging] = parsed.checklist.items;
    expect(question).toMatchObject({ weight: 5, check: null, question: { text: 'Sure?', goodAnswer: 'no', labels: { yes: 'Yes, I am', no: 'No, not at all', notApplicable: null } } });
    expect(tagging?.check).toEqual({ setting: 'allow_media_tagging', expect: ['none', 'following'] });
  });

  it('reads common.yaml as cross-platform items with a condition and no fix page', () => {
    const parsed = parseChecklistFile('common.yaml', COMMON, guidance);
    if (parsed.kind !== 'common') throw new Error('expected the common file');
    expect(parsed.items[0]).toMatchObject({
      id: 'common.name', when: [{ setting: 'identity.presents-as-health-professional', expect: [true] }],
      fix: { url: null, steps: ['Edit your profile.'] },
    });
  });
});
