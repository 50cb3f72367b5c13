/** Reads electron-builder.yml and electron-builder's own JSON schema, for the packaging tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import { parse } from 'yaml';

export const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const APP_BUILDER_LIB = fileURLToPath(new URL('../../../node_modules/app-builder-lib/package.json', import.meta.url));

export function loadBuilderConfig(): Configuration {
  return parse(readFileSync(`${PROJECT_ROOT}electron-builder.yml`, 'utf8')) as Configuration;
}

export interface SchemaError { instancePath: string; message?: string }
export type ConfigValidator = (config: unknown) => SchemaError[];

interface CompiledSchema { (data: unknown): boolean; errors?: SchemaError[] | null }
type AjvConstructor = new (options: Record<string, unknown>) => { compile(schema: object): CompiledSchema };

/**
 * Compiles app-builder-lib's scheme.json (draft-07) with the ajv 8 that electron-builder itself
 * resolves (the top-level ajv is v6, pulled in by eslint). strict:false as electron-builder does:
 * the schema uses a non-standard "typeof" keyword and union types. No coerceTypes, so a value of
 * the wrong type fails here even where electron-builder would quietly convert it.
 */
export function builderConfigValidator(): ConfigValidator {
  const requireFromBuilder = createRequire(APP_BUILDER_LIB);
  const { default: Ajv } = requireFromBuilder('ajv') as { default: AjvConstructor };
  const schema = requireFromBuilder('./scheme.json') as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  return (config) => (validate(config) ? [] : (validate.errors ?? [{ instancePath: '', message: 'invalid' }]));
}
