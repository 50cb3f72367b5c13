import type { SettingsPageName } from './constants.ts';
import type { InstagramLanguage, InstagramState } from './state.ts';

/** The words on Instagram's web settings, in English (research §2.1) and French. */
export interface Words {
  menu: Record<SettingsPageName, string>;
  settingsTitle: string;
  privateAccount: string;
  privateHelp: string;
  searchEngines: string;
  searchHelp: string;
  whoCanTag: string;
  tags: [everyone: string, following: string, none: string];
  manualApproval: string;
  whoCanMention: string;
  mentions: [everyone: string, following: string, none: string];
  sharing: string;
  sharingToStory: string;
  sharingToMessages: string;
  activityStatus: string;
  suggestions: string;
  bio: string;
  website: string;
  blockedTitle: string;
  blockedText: string;
}

const EN: Words = {
  menu: { edit: 'Edit profile', privacy: 'Account privacy', tags: 'Tags and mentions', story: 'Story and live', activity: 'Messages and story replies' },
  settingsTitle: 'Settings',
  privateAccount: 'Private account',
  privateHelp: 'When your account is public, your profile and posts can be seen by anyone, on or off Instagram, even if they don’t have an Instagram account.',
  searchEngines: 'Allow public photos and videos to appear in search engine results',
  searchHelp: 'When this is on, search engines such as Google can show your public photos and videos in search results outside of Instagram.',
  whoCanTag: 'Who can tag you',
  tags: ['Allow tags from everyone', 'Allow tags from people you follow', 'Don’t allow tags'],
  manualApproval: 'Manually approve tags',
  whoCanMention: 'Who can @mention you',
  mentions: ['Allow mentions from everyone', 'Allow mentions from people you follow', 'Don’t allow mentions'],
  sharing: 'Sharing',
  sharingToStory: 'Allow sharing to story',
  sharingToMessages: 'Allow sharing to messages',
  activityStatus: 'Show activity status',
  suggestions: 'Show account suggestions on profiles',
  bio: 'Bio',
  website: 'Website',
  blockedTitle: 'Try Again Later',
  blockedText: 'We limit how often you can do certain things on Instagram to protect our community.',
};

const FR: Words = {
  menu: { edit: 'Modifier le profil', privacy: 'Confidentialité du compte', tags: 'Identifications et mentions', story: 'Story et direct', activity: 'Messages et réponses aux stories' },
  settingsTitle: 'Paramètres',
  privateAccount: 'Compte privé',
  privateHelp: 'Lorsque votre compte est public, votre profil et vos publications sont visibles par tout le monde.',
  searchEngines: 'Autoriser l’affichage de vos photos et vidéos publiques dans les résultats des moteurs de recherche',
  searchHelp: 'Lorsque cette option est activée, les moteurs de recherche comme Google peuvent afficher vos photos et vidéos publiques.',
  whoCanTag: 'Qui peut vous identifier',
  tags: ['Autoriser les identifications de tout le monde', 'Autoriser les identifications des personnes que vous suivez', 'Ne pas autoriser les identifications'],
  manualApproval: 'Approuver manuellement les identifications',
  whoCanMention: 'Qui peut vous @mentionner',
  mentions: ['Autoriser les mentions de tout le monde', 'Autoriser les mentions des personnes que vous suivez', 'Ne pas autoriser les mentions'],
  sharing: 'Partage',
  sharingToStory: 'Autoriser le partage dans une story',
  sharingToMessages: 'Autoriser le partage dans les messages',
  activityStatus: 'Afficher le statut en ligne',
  suggestions: 'Afficher les suggestions de comptes sur les profils',
  bio: 'Bio',
  website: 'Site web',
  blockedTitle: 'Réessayez plus tard',
  blockedText: 'Nous limitons la fréquence de certaines actions sur Instagram pour protéger notre communauté.',
};

/** The redesign's rewording: the mention options and the suggestions switch say it differently. */
const CHANGED: Partial<Words> = {
  mentions: ['Everyone', 'Only people you follow', 'No one'],
  suggestions: 'Suggest your account to people on other profiles',
};

/**
 * Other wordings Instagram uses for the same controls (the app's and older web wording: research
 * §2.1 "Story replies / sharing", "Similar account suggestions" on Edit profile), with the short
 * option labels the app uses for tags and mentions, and an option the reader does not list.
 */
const SYNONYMS: Partial<Words> = {
  tags: ['Everyone', 'People you follow', 'Don’t allow tags'],
  mentions: ['Everyone', 'People you follow', 'No one'],
  sharingToStory: 'Allow resharing to stories',
  sharingToMessages: 'Stories in messages',
  suggestions: 'Similar account suggestions',
  activityStatus: 'Show Activity Status',
};

/** An option shown beside the usual three under 'label-synonyms' (never the chosen one). */
export const EXTRA_MENTION_OPTION = 'People you follow and your followers';

/** Instagram's UK cookie dialog (shown on arrival until a choice is made). */
export const CONSENT = {
  title: 'Allow the use of cookies from Instagram on this browser?',
  text: 'We use cookies and similar technologies to help provide and improve content on Meta Products.',
  allow: 'Allow all cookies',
  decline: 'Decline optional cookies',
} as const;

/** The hard stops as Instagram words them on the page, and the code its data's error list carries. */
export const LATE_PROBLEM_WORDS = {
  'rate-limited': { text: 'Please wait a few minutes before you try again.', code: 'rate_limit_error' },
  challenge: { text: 'Help us confirm it’s you. We noticed unusual activity on your account.', code: 'challenge_required' },
  blocked: { text: 'Try Again Later. We limit how often you can do certain things on Instagram to protect our community.', code: 'feedback_required' },
  automation: { text: 'We suspect automated behaviour on your account. To protect our community, we have limited what this browser can do.', code: 'automated_behaviour_suspected' },
} as const;

const BY_LANGUAGE: Record<InstagramLanguage, Words> = { en: EN, fr: FR };

export function wordsFor(state: InstagramState): Words {
  const base = BY_LANGUAGE[state.language];
  if (state.language !== 'en') return base;
  const synonyms = state.variations.has('label-synonyms') ? { ...base, ...SYNONYMS } : base;
  return state.markup === 'changed' ? { ...synonyms, ...CHANGED } : synonyms;
}
