/**
 * The demo clinician: a GP with personal and professional X, Facebook, Instagram, Threads and
 * LinkedIn accounts whose settings are a realistic mix of good and poor. Made up; any likeness is chance.
 */
import type { UserProfile } from '../engine/profile.ts';
import type { AccountSpec } from '../engine/types.ts';
import { createFacebookEmulator } from './facebook/index.ts';
import { FACEBOOK_DEMO } from './facebook/demo.ts';
import { createInstagramEmulator } from './instagram/index.ts';
import { INSTAGRAM_DEMO } from './instagram/demo.ts';
import { createLinkedInEmulator } from './linkedin/index.ts';
import { LINKEDIN_DEMO } from './linkedin/demo.ts';
import { createThreadsEmulator } from './threads/index.ts';
import { THREADS_DEMO } from './threads/demo.ts';
import type { PlatformEmulator } from './types.ts';
import { createXEmulator, type XInit } from './x/index.ts';

export const DEMO_PROFILE: UserProfile = { registeredName: 'Amina Rahman', profession: 'doctor', regulator: 'GMC' };

export interface DemoAccount {
  account: AccountSpec;
  /** A new emulated site in this account's state: each account has its own, as real sessions do. */
  site(): PlatformEmulator;
}

const PERSONAL_X: XInit = {
  account: {
    id: '1790412386610550001', screen_name: 'amina_runs', name: 'Amina 🏃‍♀️',
    description: 'Mum of two, parkrun regular, GP in Leeds. Views my own.', location: 'Headingley, Leeds',
  },
  // Left public and findable by email, but location and messages already tidied up.
  settings: {
    protected: false, discoverable_by_email: true, discoverable_by_mobile_phone: false, geo_enabled: false,
    allow_media_tagging: 'all', allow_dms_from: 'following', address_book_live_sync_enabled: true,
    allow_location_history_personalization: false, allow_ads_personalization: true,
  },
  posts: [
    { id: '1905550112233440001', text: 'Parkrun PB this morning, very pleased!', created_at: 'Sat Nov 21 09:40:11 +0000 2026' },
    { id: '1905550112233440002', text: 'Long week. Grateful for a kind team.', created_at: 'Fri Nov 20 19:02:41 +0000 2026' },
  ],
};

const PROFESSIONAL_X: XInit = {
  account: {
    id: '1790412386610550002', screen_name: 'DrAminaRahmanGP', name: 'Dr Amina Rahman',
    description: "GP partner in Leeds. Women's health, menopause care and #FOAMed. Views my own, not my employer's.",
    location: 'Leeds, England',
  },
  settings: {
    protected: false, discoverable_by_email: false, discoverable_by_mobile_phone: true, geo_enabled: false,
    allow_media_tagging: 'following', allow_dms_from: 'all', address_book_live_sync_enabled: false,
    allow_location_history_personalization: false, allow_ads_personalization: false,
    allow_logged_out_device_personalization: false, allow_sharing_data_for_third_party_personalization: false,
  },
  // X no longer sends this field on this account, as happens when a platform changes: "could not check".
  droppedFields: ['allow_location_history_personalization'],
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { account: { id: 'personal-x', platform: 'x', label: 'Personal X', kind: 'personal' }, site: () => createXEmulator(PERSONAL_X) },
  { account: { id: 'professional-x', platform: 'x', label: 'Professional X', kind: 'professional' }, site: () => createXEmulator(PROFESSIONAL_X) },
  { account: { id: 'personal-facebook', platform: 'facebook', label: 'Facebook', kind: 'personal' }, site: () => createFacebookEmulator(FACEBOOK_DEMO) },
  { account: { id: 'personal-instagram', platform: 'instagram', label: 'Instagram', kind: 'personal' }, site: () => createInstagramEmulator(INSTAGRAM_DEMO) },
  { account: { id: 'personal-threads', platform: 'threads', label: 'Threads', kind: 'personal' }, site: () => createThreadsEmulator(THREADS_DEMO) },
  { account: { id: 'professional-linkedin', platform: 'linkedin', label: 'LinkedIn', kind: 'professional' }, site: () => createLinkedInEmulator(LINKEDIN_DEMO) },
];
