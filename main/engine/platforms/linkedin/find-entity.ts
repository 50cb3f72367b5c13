export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The entity with this `entityUrn` in a Voyager answer, whatever its shape: normalized (in
 * `included`), decorated (in `data` or `data.elements`) or plain (the root itself).
 */
export function findEntity(json: unknown, urn: string | ((urn: string) => boolean)): Json | null {
  const accept = typeof urn === 'string' ? (u: string) => u === urn : urn;
  const candidates: unknown[] = [json];
  if (isObject(json)) {
    candidates.push(json.data);
    if (Array.isArray(json.included)) candidates.push(...(json.included as unknown[]));
    if (isObject(json.data) && Array.isArray(json.data.elements)) candidates.push(...(json.data.elements as unknown[]));
    if (Array.isArray(json.elements)) candidates.push(...(json.elements as unknown[]));
  }
  for (const candidate of candidates) {
    if (isObject(candidate) && typeof candidate.entityUrn === 'string' && accept(candidate.entityUrn)) return candidate;
  }
  return null;
}
