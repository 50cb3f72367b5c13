import { afterAll, describe, expect, it } from 'vitest';
import { loadChecklists } from '../../../main/engine/checklist/load.ts';
import { COMMON, GUIDANCE, X_ITEM, checklistError, lineContaining, removeSets, writeSet, xFile } from './fixtures.ts';

afterAll(removeSets);

/** Loads a set whose x.yaml first item is `item` and returns the error with the expected line of `needle`. */
async function brokenItem(item: string, needle: string) {
  const text = xFile(item);
  const dir = await writeSet({ 'x.yaml': text });
  const error = await checklistError(() => loadChecklists(dir));
  return { error, line: lineContaining(text, needle) };
}

describe('a broken checklist file is refused with file, field and line', () => {
  it('reports a YAML syntax error at the parser line', async () => {
    const { error, line } = await brokenItem(X_ITEM.replace('title: Posts protected', 'title: Posts: protected: now'), 'Posts: protected');
    expect(error.file).toBe('x.yaml');
    expect(error.line).toBe(line);
    expect(error.message).toContain('YAML syntax error');
  });

  it('names an unknown field', async () => {
    const { error, line } = await brokenItem(`${X_ITEM}    colour: blue\n`, 'colour: blue');
    expect(error.file).toBe('x.yaml');
    expect(error.fieldPath).toBe('items[0].colour');
    expect(error.line).toBe(line);
    expect(error.message).toBe(`x.yaml:${line}: items[0].colour: unknown field "colour" (check the spelling)`);
  });

  it('names a guidance reference that guidance.yaml does not define', async () => {
    const item = X_ITEM.replace('guidance: [privacy]', 'guidance:\n      - privacy\n      - privacy-settings');
    const { error, line } = await brokenItem(item, '- privacy-settings');
    expect(error.fieldPath).toBe('items[0].guidance[1]');
    expect(error.line).toBe(line);
    expect(error.message).toContain('no guidance reference "privacy-settings" in guidance.yaml');
  });

  it('refuses an item with both a check and a question', async () => {
    const item = `${X_ITEM}    question:\n      text: Are you sure?\n      goodAnswer: 'yes'\n      labels: { 'yes': 'Yes, I am', 'no': 'Not yet' }\n`;
    const { error, line } = await brokenItem(item, 'question:');
    expect(error.fieldPath).toBe('items[0].question');
    expect(error.line).toBe(line);
    expect(error.message).toContain('either a check or a question, not both');
  });

  it('refuses a question without labels for its answers, pointing at the question', async () => {
    const item = X_ITEM.replace('check: { setting: protected, expect: true }', "question:\n      text: Are you sure?\n      goodAnswer: 'yes'");
    const { error, line } = await brokenItem(item, 'question:');
    expect(error.file).toBe('x.yaml');
    expect(error.fieldPath).toBe('items[0].question.labels');
    expect(error.line).toBe(line);
    expect(error.message).toBe(`x.yaml:${String(line)}: items[0].question.labels: is missing`);
  });

  it('refuses a question whose "no" label is empty', async () => {
    const item = X_ITEM.replace('check: { setting: protected, expect: true }',
      "question:\n      text: Are you sure?\n      goodAnswer: 'yes'\n      labels:\n        'yes': Yes, I am sure\n        'no': ''");
    const { error, line } = await brokenItem(item, "'no': ''");
    expect(error.fieldPath).toBe('items[0].question.labels.no');
    expect(error.line).toBe(line);
    expect(error.message).toContain('must not be empty');
  });

  it('refuses an item with neither a check nor a question, pointing at the item', async () => {
    const { error, line } = await brokenItem(X_ITEM.replace(/ {4}check: .*\n/, ''), 'id: x.protected');
    expect(error.fieldPath).toBe('items[0]');
    expect(error.line).toBe(line);
  });

  it('refuses an appliesTo value that is not an account kind', async () => {
    const item = X_ITEM.replace('appliesTo: [personal]', 'appliesTo:\n      - personal\n      - both');
    const { error, line } = await brokenItem(item, '- both');
    expect(error.fieldPath).toBe('items[0].appliesTo[1]');
    expect(error.line).toBe(line);
    expect(error.message).toContain('must be one of "personal", "professional", not "both"');
  });

  it('points a missing field at the map it belongs in', async () => {
    const { error, line } = await brokenItem(X_ITEM.replace(/ {4}why: .*\n/, ''), 'id: x.protected');
    expect(error.fieldPath).toBe('items[0].why');
    expect(error.line).toBe(line);
    expect(error.message).toContain('is missing');
  });

  it('refuses an empty check setting', async () => {
    const { error, line } = await brokenItem(X_ITEM.replace('setting: protected', "setting: ''"), 'check:');
    expect(error.fieldPath).toBe('items[0].check.setting');
    expect(error.line).toBe(line);
    expect(error.message).toContain('must not be empty');
  });

  it('refuses a fix page that is not https', async () => {
    const item = X_ITEM.replace('https://x.com/settings/audience_and_tagging', 'http://x.com/settings/audience_and_tagging');
    const { error, line } = await brokenItem(item, 'http://x.com');
    expect(error.fieldPath).toBe('items[0].fix.url');
    expect(error.line).toBe(line);
    expect(error.message).toContain('https://');
  });

  it('refuses a fix page on another site', async () => {
    const { error, line } = await brokenItem(X_ITEM.replace('https://x.com/settings/', 'https://evil.example/'), 'evil.example');
    expect(error.fieldPath).toBe('items[0].fix.url');
    expect(error.line).toBe(line);
  });

  it('refuses numbered fix steps, since the app numbers them', async () => {
    const { error, line } = await brokenItem(X_ITEM.replace('- Tick', '- 1. Tick'), '1. Tick');
    expect(error.fieldPath).toBe('items[0].fix.steps[0]');
    expect(error.line).toBe(line);
  });

  it('refuses an item id without the platform prefix', async () => {
    const text = xFile(X_ITEM).replace('id: x.protected', 'id: protected');
    const dir = await writeSet({ 'x.yaml': text });
    const error = await checklistError(() => loadChecklists(dir));
    expect(error.fieldPath).toBe('items[0].id');
    expect(error.line).toBe(lineContaining(text, 'id: protected'));
    expect(error.message).toContain('must start with "x."');
  });

  it('refuses duplicate item ids', async () => {
    const text = `${xFile(X_ITEM)}  - id: x.protected\n${X_ITEM}`;
    const dir = await writeSet({ 'x.yaml': text });
    const error = await checklistError(() => loadChecklists(dir));
    expect(error.fieldPath).toBe('items[1].id');
    expect(error.line).toBe(lineContaining(text, 'manualCheck') + 1);
  });

  it('refuses two files for the same platform', async () => {
    const dir = await writeSet({ 'x.yml': xFile(X_ITEM) });
    const error = await checklistError(() => loadChecklists(dir));
    expect(error.file).toBe('x.yml');
    expect(error.message).toContain('x.yaml and x.yml');
  });

  it('refuses a platform file named after another platform', async () => {
    const dir = await writeSet({ 'twitter.yaml': xFile(X_ITEM) });
    const error = await checklistError(() => loadChecklists(dir));
    expect(error.file).toBe('twitter.yaml');
    expect(error.fieldPath).toBe('platform.id');
    expect(error.line).toBe(3);
  });

  it('refuses a folder without guidance.yaml', async () => {
    const dir = await writeSet({ 'guidance.yaml': null });
    const error = await checklistError(() => loadChecklists(dir));
    expect(error.file).toBe('guidance.yaml');
    expect(error.message).toContain('file is missing');
  });

  it('refuses an empty file', async () => {
    const dir = await writeSet({ 'guidance.yaml': '# nothing yet\n' });
    const error = await checklistError(() => loadChecklists(dir));
    expect(error.file).toBe('guidance.yaml');
    expect(error.message).toContain('the file is empty');
  });

  it('checks guidance.yaml: a reference to an unknown source', async () => {
    const text = GUIDANCE.replace('    source: gmc-test\n    paragraph: Key', '    source: bma\n    paragraph: Key');
    const dir = await writeSet({ 'guidance.yaml': text });
    const error = await checklistError(() => loadChecklists(dir));
    expect(error.file).toBe('guidance.yaml');
    expect(error.fieldPath).toBe('references[1].source');
    expect(error.line).toBe(lineContaining(text, 'source: bma'));
  });

  it('checks guidance.yaml: a quote longer than 40 words', async () => {
    const long = Array.from({ length: 41 }, () => 'word').join(' ');
    const text = GUIDANCE.replace('quote: Say who you are.', `quote: ${long}`);
    const dir = await writeSet({ 'guidance.yaml': text });
    const error = await checklistError(() => loadChecklists(dir));
    expect(error.fieldPath).toBe('references[0].quote');
    expect(error.line).toBe(lineContaining(text, 'quote: word'));
    expect(error.message).toContain('40 words or fewer');
  });

  it('checks common.yaml: an unknown category', async () => {
    const text = COMMON.replace('category: identity', 'category: naming');
    const dir = await writeSet({ 'common.yaml': text });
    const error = await checklistError(() => loadChecklists(dir));
    expect(error.file).toBe('common.yaml');
    expect(error.fieldPath).toBe('items[0].category');
    expect(error.line).toBe(lineContaining(text, 'category: naming'));
  });
});

describe('settings pages', () => {
  it('must be on the platform hosts', async () => {
    const text = xFile(X_ITEM).replace('url: https://x.com/settings/privacy_and_safety', 'url: https://twitter.example/settings');
    const dir = await writeSet({ 'x.yaml': text });
    const error = await checklistError(() => loadChecklists(dir));
    expect(error.fieldPath).toBe('platform.settingsPages[0].url');
    expect(error.line).toBe(lineContaining(text, 'twitter.example'));
  });
});
