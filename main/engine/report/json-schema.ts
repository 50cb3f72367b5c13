import { z } from 'zod';
import { auditReportSchema, REPORT_SCHEMA_VERSION } from './schema.ts';

/** The JSON Schema of the report, as published in docs/report-schema.json. */
export function reportJsonSchema(): string {
  const schema = {
    ...z.toJSONSchema(auditReportSchema),
    title: `Chaperone audit report, version ${String(REPORT_SCHEMA_VERSION)}`,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
