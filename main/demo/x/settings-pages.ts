import type { SettingsPageSpec } from './client/config.ts';

/**
 * X's privacy pages: routes, headings, labels and the settings.json field behind each control.
 * Labels follow research/platforms-meta-x-linkedin.md §4 (as quoted there, straight apostrophes
 * included); help texts are shortened paraphrases.
 */
const TAGGING_TEXT = { all: 'Anyone can tag you', following: 'Only people you follow can tag you', none: 'Off' };

export const X_SETTINGS_PAGES: Record<string, SettingsPageSpec> = {
  '/settings/privacy_and_safety': {
    heading: 'Privacy and safety',
    intro: 'Manage what information you see and share on X.',
    controls: [
      { kind: 'link', label: 'Audience, media and tagging', href: '/settings/audience_and_tagging', help: 'Manage what information you allow other people on X to see.' },
      { kind: 'link', label: 'Your posts', href: '/settings/your_tweets', help: 'Manage the information associated with your posts.' },
      { kind: 'link', label: 'Direct Messages', href: '/settings/direct_messages', help: 'Manage who can message you directly.' },
      { kind: 'link', label: 'Spaces', href: '/settings/spaces', help: 'Manage who can see your Spaces listening activity.' },
      { kind: 'link', label: 'Discoverability and contacts', href: '/settings/contacts', help: 'Control your discoverability settings and manage contacts you have imported.' },
      { kind: 'link', label: 'Ads preferences', href: '/settings/ads_preferences', help: 'Manage your ads experience on X.' },
      { kind: 'link', label: 'Inferred identity', href: '/settings/off_twitter_activity', help: 'Allow X to personalize your experience with your inferred activity.' },
      { kind: 'link', label: 'Data sharing with business partners', href: '/settings/data_sharing_with_business_partners', help: 'Allow sharing of additional information with X’s business partners.' },
      { kind: 'link', label: 'Location information', href: '/settings/location_information', help: 'Manage the location information X uses to personalize your experience.' },
      { kind: 'link', label: 'Grok & Third-party Collaborators', href: '/settings/grok_settings', help: 'Allow your public data and interactions with Grok to be used for training.' },
    ],
  },
  '/settings/audience_and_tagging': {
    heading: 'Audience, media and tagging',
    intro: 'Manage what information you allow other people on X to see.',
    controls: [
      { kind: 'checkbox', field: 'protected', label: 'Protect your posts', help: 'When selected, your posts and other account information are only visible to people who follow you.' },
      { kind: 'checkbox', field: 'protect_videos', source: 'page-only', label: 'Protect your videos', help: 'If selected, videos in your posts will not be downloadable by default.' },
      { kind: 'link', label: 'Photo tagging', href: '/settings/tagging', valueField: 'allow_media_tagging', valueText: TAGGING_TEXT },
    ],
  },
  '/settings/tagging': {
    heading: 'Photo tagging',
    controls: [
      { kind: 'checkbox', field: 'allow_media_tagging', off: 'none', label: 'Photo tagging', help: 'Allow people to tag you in their photos and receive notifications when they do so.' },
      { kind: 'radios', field: 'allow_media_tagging', legend: 'Who can tag you', hiddenWhen: 'none', options: [
        { value: 'all', label: TAGGING_TEXT.all }, { value: 'following', label: TAGGING_TEXT.following }] },
    ],
  },
  '/settings/your_tweets': {
    heading: 'Your posts',
    controls: [
      { kind: 'checkbox', field: 'nsfw_user', label: 'Mark media you post as having material that may be sensitive', help: 'Pictures and videos you post will be marked as sensitive for people who don’t want to see sensitive content.' },
      { kind: 'link', label: 'Add location information to your posts', href: '/settings/location' },
    ],
  },
  '/settings/location': {
    heading: 'Add location information to your posts',
    controls: [
      { kind: 'checkbox', field: 'geo_enabled', label: 'Add location information to your posts', help: 'If enabled, you will be able to attach location information to your posts.' },
      { kind: 'button', label: 'Remove all location information attached to your posts', help: 'Location labels you have added to your posts will no longer be visible on X.' },
    ],
  },
  '/settings/location_information': {
    heading: 'Location information',
    controls: [
      { kind: 'checkbox', field: 'allow_location_history_personalization', label: "Personalize based on places you've been", help: 'X may also personalize your experience based on other places you have been.' },
    ],
  },
  '/settings/direct_messages': {
    heading: 'Direct Messages',
    controls: [
      { kind: 'radios', field: 'allow_dms_from', legend: 'Allow message requests from:', help: 'People you follow will still be able to message you.', options: [
        { value: 'following', label: 'No one' }, { value: 'verified', label: 'Verified users' }, { value: 'all', label: 'Everyone' }] },
      { kind: 'checkbox', field: 'dm_quality_filter', on: 'enabled', label: 'Filter low-quality messages', help: 'Hide message requests that have been detected as being potentially spam or low-quality.' },
      { kind: 'checkbox', field: 'dm_receipt_setting', on: 'all_enabled', label: 'Show read receipts', help: 'Let people you are messaging with know when you have seen their messages.' },
    ],
  },
  '/settings/spaces': {
    heading: 'Spaces',
    controls: [
      { kind: 'checkbox', field: 'ext_sharing_audiospaces_listening_data_with_followers', label: "Allow followers to see which Spaces you're listening to", help: 'Even with this off, anyone in a Space can see that you are listening while you are there.' },
    ],
  },
  '/settings/contacts': {
    heading: 'Discoverability and contacts',
    intro: 'Control your discoverability settings and manage contacts you have imported.',
    controls: [
      { kind: 'checkbox', field: 'discoverable_by_email', label: 'Let people who have your email address find you on X', help: 'Let people who have your email address find and connect with you on X.' },
      { kind: 'checkbox', field: 'discoverable_by_mobile_phone', label: 'Let people who have your phone number find you on X', help: 'Let people who have your phone number find and connect with you on X.' },
      { kind: 'link', label: 'Manage contacts', href: '/settings/contacts_dashboard', help: 'Manage contacts that you have imported from your mobile devices.' },
    ],
  },
  '/settings/contacts_dashboard': {
    heading: 'Manage contacts',
    controls: [{ kind: 'button', label: 'Remove all contacts', help: 'Remove contacts you have imported to X.' }],
  },
  '/settings/ads_preferences': {
    heading: 'Ads preferences',
    controls: [
      { kind: 'checkbox', field: 'allow_ads_personalization', label: 'Personalized ads', help: 'X may further personalize ads by combining your X activity with other online activity and information from partners.' },
    ],
  },
  '/settings/off_twitter_activity': {
    heading: 'Inferred identity',
    controls: [
      { kind: 'checkbox', field: 'allow_logged_out_device_personalization', label: 'Personalize based on your inferred identity', help: 'X may personalize based on inferences about your identity, like devices and browsers you have not used to log in.' },
    ],
  },
  '/settings/data_sharing_with_business_partners': {
    heading: 'Data sharing with business partners',
    controls: [
      { kind: 'checkbox', field: 'allow_sharing_data_for_third_party_personalization', label: 'Allow additional information sharing with business partners', help: 'Allows X to share additional information with its business partners.' },
    ],
  },
  '/settings/grok_settings': {
    heading: 'Grok & Third-party Collaborators',
    controls: [
      { kind: 'checkbox', field: 'grok_training', source: 'page-only', label: 'Allow your public data as well as your interactions, inputs, and results with Grok and xAI to be used for training and fine-tuning', help: 'You can opt out of training at any time.' },
    ],
  },
};
