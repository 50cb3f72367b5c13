export { createXReader, X_HOSTS, xReader } from './x-reader.ts';
export type { XTiming } from './x-timing.ts';
