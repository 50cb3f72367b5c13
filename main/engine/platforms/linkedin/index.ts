export { createLinkedInReader, LINKEDIN_HOSTS, linkedinReader } from './linkedin-reader.ts';
export type { LinkedInTiming } from './linkedin-timing.ts';
