export { createFacebookReader, FACEBOOK_HOSTS, facebookReader } from './facebook-reader.ts';
export type { FacebookTiming } from './facebook-timing.ts';
