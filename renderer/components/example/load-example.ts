import type { StoredAudit } from '../../../main/shared/api-contract.ts';

/** The id the bundled example carries (scripts/write-example-audit.ts); no audit of the user's has it. */
export const EXAMPLE_AUDIT_ID = 'example-demo-audit';

/**
 * The made-up clinician's audit, bundled with the app. Loaded on demand so it is its own chunk and
 * the window's first JavaScript stays small. tests/unit/example-audit.test.ts keeps it a valid report.
 */
export async function loadExampleAudit(): Promise<StoredAudit> {
  const module = await import('../../example/demo-audit.json', { with: { type: 'json' } });
  return module.default as unknown as StoredAudit;
}
