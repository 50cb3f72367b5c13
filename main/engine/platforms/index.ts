import type { PlatformReader } from '../types.ts';
import { facebookReader } from './facebook/index.ts';
import { instagramReader } from './instagram/index.ts';
import { linkedinReader } from './linkedin/index.ts';
import { threadsReader } from './threads/index.ts';
import { xReader } from './x/index.ts';

/** Every platform Chaperone can read. A platform without a reader here is reported, not guessed. */
export const READERS: readonly PlatformReader[] = [xReader, facebookReader, instagramReader, threadsReader, linkedinReader];
