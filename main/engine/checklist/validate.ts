/**
 * Runs a zod schema over a parsed YAML file and turns the first problem (first in the file) into
 * a ChecklistError with a field path and line that a person can act on.
 */
import type { z } from 'zod';
import { ChecklistError } from './model.ts';
import { formatPath } from './yaml-source.ts';
import type { FieldPath, YamlSource } from './yaml-source.ts';

interface Problem {
  path: FieldPath;
  problem: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  null: 'null',
};

function valueAt(data: unknown, path: FieldPath): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

function toProblems(issue: z.core.$ZodIssue, data: unknown): Problem[] {
  const path = issue.path;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], problem: `unknown field "${key}" (check the spelling)` }));
    case 'invalid_type': {
      const value = valueAt(data, path);
      if (path.length === 0) return [{ path, problem: value == null ? 'the file is empty' : `must be a set of fields, not ${describe(value)}` }];
      if (value === undefined) return [{ path, problem: 'is missing' }];
      return [{ path, problem: `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describe(value)}` }];
    }
    case 'invalid_value':
      return [{
        path,
        problem: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describe(valueAt(data, path))}`,
      }];
    default:
      return [{ path, problem: issue.message }];
  }
}

/** Parses `source.data` with `schema`, or throws the earliest problem in the file. */
export function parseWith<S extends z.ZodType>(schema: S, source: YamlSource): z.output<S> {
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  const problems = result.error.issues.flatMap((issue) => toProblems(issue, source.data))
    .map((p) => ({ ...p, line: source.lineOf(p.path) }));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const first = problems[0];
  if (first === undefined) throw new ChecklistError(source.file, '', null, 'is not a valid checklist file');
  throw new ChecklistError(source.file, formatPath(first.path), first.line, first.problem);
}

/** Throws a ChecklistError at `path` in `source`. */
export function failAt(source: YamlSource, path: FieldPath, problem: string): never {
  throw new ChecklistError(source.file, formatPath(path), source.lineOf(path), problem);
}
