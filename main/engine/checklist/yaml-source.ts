/**
 * Parses one YAML checklist file and remembers where each node sits, so that every error can
 * name the line a person has to edit.
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar } from 'yaml';
import type { Node } from 'yaml';
import { ChecklistError } from './model.ts';

export type FieldPath = readonly PropertyKey[];

export interface YamlSource {
  file: string;
  data: unknown;
  /** 1-based line of the node at `path`; for a missing field, the line of its parent map. */
  lineOf(path: FieldPath): number | null;
}

/** `items[3].check.expect` */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** The most aliases (`*name`) a checklist may use; a "billion laughs" file needs far more. */
const MAX_ALIASES = 50;

export function readYaml(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const syntaxError = doc.errors[0];
  if (syntaxError !== undefined) {
    const line = syntaxError.linePos?.[0].line ?? null;
    // The parser's message repeats the position and a code excerpt; the first clause is enough.
    const problem = (syntaxError.message.split('\n')[0] ?? 'invalid YAML').replace(/ at line \d+, column \d+:?$/, '');
    throw new ChecklistError(file, '', line, `YAML syntax error: ${problem}`);
  }
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  const root = doc.contents;
  return {
    file,
    data: toData(file, () => doc.toJS({ maxAliasCount: MAX_ALIASES })),
    lineOf(path) {
      if (root === null) return null;
      let node: Node = root;
      let line = node.range ? lineAt(node.range[0]) : 1;
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
          if (pair === undefined) return line;
          if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
          if (pair.value === null || !(isMap(pair.value) || isSeq(pair.value) || isScalar(pair.value))) return line;
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          const item = node.items[segment];
          if (item === undefined || !(isMap(item) || isSeq(item) || isScalar(item))) return line;
          node = item;
          if (node.range) line = lineAt(node.range[0]);
        } else {
          return line;
        }
      }
      return line;
    },
  };
}

/** The parser refuses a file whose aliases would expand too far by throwing; say so as a broken checklist. */
function toData(file: string, convert: () => unknown): unknown {
  try {
    return convert();
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(problem)) {
      throw new ChecklistError(file, '', null, `uses YAML aliases (*name) more than the ${MAX_ALIASES} times Chaperone allows, which could make it expand without limit; write the values out in full`);
    }
    throw new ChecklistError(file, '', null, `YAML could not be read: ${problem.split('\n')[0] ?? ''}`);
  }
}
