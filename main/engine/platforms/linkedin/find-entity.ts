import { isPlainObject } from '../read-helpers/json.ts';
import type { JsonObject } from '../read-helpers/json.ts';

/**
 * The entity with this `entityUrn` in a Voyager answer, whatever its shape: normalized (in
 * `included`), decorated (in `data` or `data.elements`) or plain (the root itself).
 */
export function findEntity(json: unknown, urn: string | ((urn: string) => boolean)): JsonObject | null {
  const accept = typeof urn === 'string' ? (u: string) => u === urn : urn;
  const candidates: unknown[] = [json];
  if (isPlainObject(json)) {
    candidates.push(json.data);
    if (Array.isArray(json.included)) candidates.push(...(json.included as unknown[]));
    if (isPlainObject(json.data) && Array.isArray(json.data.elements)) candidates.push(...(json.data.elements as unknown[]));
    if (Array.isArray(json.elements)) candidates.push(...(json.elements as unknown[]));
  }
  for (const candidate of candidates) {
    if (isPlainObject(candidate) && typeof candidate.entityUrn === 'string' && accept(candidate.entityUrn)) return candidate;
  }
  return null;
}
