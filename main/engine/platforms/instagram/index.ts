export { createInstagramReader, INSTAGRAM_HOSTS, instagramReader } from './instagram-reader.ts';
export type { InstagramTiming } from './instagram-timing.ts';
