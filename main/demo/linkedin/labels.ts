import type { LinkedInDiscovery, LinkedInExtraDiscovery, LinkedInViewerMode } from './state.ts';

/**
 * The words on LinkedIn's Visibility pages, in English (research §5, ✅ labels) and German.
 * `connectionsChanged` is the reworded switch label a redesign brings.
 */
export interface LinkedInWords {
  visibility: string;
  visibilityIntro: string;
  profileViewing: string;
  publicProfile: string;
  lastName: string;
  connections: string;
  connectionSwitch: string;
  connectionsHelp: string;
  connectionsChanged: string;
  emailDiscovery: string;
  phoneDiscovery: string;
  discoveryHelp: string;
  broadcasts: string;
  broadcastSwitch: string;
  publicSwitch: string;
  discovery: Record<LinkedInDiscovery, string>;
  viewer: Record<LinkedInViewerMode, string>;
  back: string;
}

export const WORDS: Record<'en' | 'de', LinkedInWords> = {
  en: {
    visibility: 'Visibility',
    visibilityIntro: 'Visibility of your profile & network',
    profileViewing: 'Profile viewing options',
    publicProfile: 'Edit your public profile',
    lastName: 'Who can see your last name',
    connections: 'Who can see your connections',
    connectionSwitch: 'Connection visibility',
    connectionsHelp: 'Allow your connections to see your connections list. Only you can see your connections if this is off.',
    connectionsChanged: 'Let your network browse who you know',
    emailDiscovery: 'Profile discovery using email address',
    phoneDiscovery: 'Profile discovery using phone number',
    discoveryHelp: 'Choose who can discover your profile if they are not connected to you but have it.',
    broadcasts: 'Share profile updates with your network',
    broadcastSwitch: 'Share key profile updates',
    publicSwitch: "Your profile's public visibility",
    discovery: { EVERYONE: 'Everyone', SECOND_DEGREE: '2nd-degree connections', FIRST_DEGREE: '1st-degree connections', NOBODY: 'Nobody' },
    viewer: { DISCLOSE_FULL: 'Your name and headline', DISCLOSE_ANONYMOUS: 'Private profile characteristics', HIDE: 'Private mode' },
    back: 'Back',
  },
  de: {
    visibility: 'Sichtbarkeit',
    visibilityIntro: 'Sichtbarkeit Ihres Profils und Netzwerks',
    profileViewing: 'Optionen für das Anzeigen von Profilen',
    publicProfile: 'Öffentliches Profil bearbeiten',
    lastName: 'Wer kann Ihren Nachnamen sehen?',
    connections: 'Wer kann Ihre Kontakte sehen?',
    connectionSwitch: 'Sichtbarkeit Ihrer Kontakte',
    connectionsHelp: 'Ihre Kontakte dürfen Ihre Kontaktliste sehen. Wenn diese Option deaktiviert ist, sehen nur Sie Ihre Kontakte.',
    connectionsChanged: 'Ihr Netzwerk darf sehen, wen Sie kennen',
    emailDiscovery: 'Profilsuche anhand der E-Mail-Adresse',
    phoneDiscovery: 'Profilsuche anhand der Telefonnummer',
    discoveryHelp: 'Wählen Sie, wer Ihr Profil finden kann, wenn diese Person nicht mit Ihnen vernetzt ist.',
    broadcasts: 'Profilaktualisierungen mit Ihrem Netzwerk teilen',
    broadcastSwitch: 'Wichtige Profilaktualisierungen teilen',
    publicSwitch: 'Öffentliche Sichtbarkeit Ihres Profils',
    discovery: { EVERYONE: 'Alle', SECOND_DEGREE: 'Kontakte 2. Grades', FIRST_DEGREE: 'Kontakte 1. Grades', NOBODY: 'Niemand' },
    viewer: { DISCLOSE_FULL: 'Ihr Name und Ihre Überschrift', DISCLOSE_ANONYMOUS: 'Private Profilmerkmale', HIDE: 'Privatmodus' },
    back: 'Zurück',
  },
};

/**
 * Other English wording for the same controls (the 'label-synonyms' switch): the connections
 * switch labelled by its help text, option wording as third-party guides quote it (research §5:
 * "Everyone/Anyone", ⚠️ options), and an option LinkedIn offers elsewhere (email visibility's
 * "1st and 2nd-degree connections") drawn as an extra choice.
 */
export const SYNONYMS = {
  connectionsLink: 'Who can see your connections list',
  connectionSwitch: 'Allow your connections to see your connections list',
  emailDiscovery: 'Profile discovery using your email address',
  phoneDiscovery: 'Profile discovery using your phone number',
  discovery: { EVERYONE: 'Anyone', SECOND_DEGREE: '2nd degree connections', FIRST_DEGREE: '1st degree connections', NOBODY: 'No one' } satisfies Record<LinkedInDiscovery, string>,
  extra: { FIRST_AND_SECOND_DEGREE: '1st and 2nd-degree connections' } satisfies Record<LinkedInExtraDiscovery, string>,
};

/**
 * The controls as drawn on the Visibility page itself (the 'inline-controls' switch): each row
 * carries its control, labelled by the row's own title, and links to no page of its own.
 */
export const INLINE = {
  connectionSwitch: 'Who can see your connections',
  emailDiscovery: 'Profile discovery using email',
  phoneDiscovery: 'Profile discovery using phone',
};
