export { createThreadsReader, THREADS_HOSTS, threadsReader } from './threads-reader.ts';
export type { ThreadsTiming } from './threads-timing.ts';
