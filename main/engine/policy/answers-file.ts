/** Reads the CLI's answers file (YAML; docs/policy.md), refusing anything it cannot use with a clear message. */
import { parse } from 'yaml';
import { z } from 'zod';
import { ACCOUNT_KINDS, PLATFORM_IDS } from '../types.ts';
import { POLICY_KINDS, type PolicyAnswers } from './model.ts';

const words = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const answersSchema = z.strictObject({
  kind: z.enum(POLICY_KINDS),
  // YAML reads 2027-12-03 as a date: both forms are accepted and written back as the day.
  reviewOn: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]),
  answers: z.record(z.string(), words),
  accounts: z.array(z.strictObject({
    label: z.string().trim().min(1).max(60), platform: z.enum(PLATFORM_IDS), kind: z.enum(ACCOUNT_KINDS), answers: z.record(z.string(), words),
  })),
});

export class AnswersFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'AnswersFileError';
  }
}

export function parseAnswersFile(file: string, text: string): PolicyAnswers {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new AnswersFileError(file, `not valid YAML (${(error as Error).message.split('\n')[0] ?? ''})`);
  }
  const result = answersSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AnswersFileError(file, `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'cannot be used'}`);
  }
  return result.data;
}
