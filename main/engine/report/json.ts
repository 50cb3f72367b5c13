import type { AuditResult } from '../audit/model.ts';
import type { UserProfile } from '../profile.ts';
import { anyReportSchema, auditReportSchema, REPORT_SCHEMA_VERSION, type AuditReport } from './schema.ts';

export function toReport(audit: AuditResult, profile: UserProfile, generatedAt = new Date()): AuditReport {
  // Parsing strips anything the schema does not name, so no stray field (a path, a cookie) can leak in.
  return auditReportSchema.parse({
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: 'chaperone-audit',
    generatedAt: generatedAt.toISOString(),
    profile: { registeredName: profile.registeredName, profession: profile.profession, regulator: profile.regulator },
    audit,
  });
}

export function reportToJson(report: AuditReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Reads a report back, with a clear error for a file that is not one. */
export function parseReport(text: string, file: string): AuditReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not JSON.`);
  }
  const parsed = anyReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file} is not a Chaperone report (version ${REPORT_SCHEMA_VERSION}): ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return parsed.data;
}
