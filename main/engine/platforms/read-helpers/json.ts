/** Reading a platform's JSON without trusting its shape. */

export type JsonObject = Record<string, unknown>;

/** The parsed body, or null when it is not JSON (an HTML error page, say). */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return null;
  }
}

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
