/** Writes a whole store document through a key-value backend. */
import type { KeyValueBackend } from './model.ts';
import type { StoreDocument } from './schema.ts';

export function writeDocument(backend: KeyValueBackend, document: StoreDocument): void {
  // One atomic replacement of the whole file: keys the new layout drops (plain `data` once sealed,
  // version 1's top-level records) go in the same write, so a crash cannot leave half a document.
  backend.store = document;
}
