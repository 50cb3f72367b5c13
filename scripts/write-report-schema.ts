/** Writes docs/report-schema.json from the report's zod schema (npm run report-schema). */
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../main/engine/report/json-schema.ts';

const target = new URL('../docs/report-schema.json', import.meta.url);
writeFileSync(target, reportJsonSchema());
process.stdout.write(`Wrote ${target.pathname}\n`);
