import type { ThreadsLanguage, ThreadsMentions } from './state.ts';

/** The words Threads' web pages show, per language (English as seen 2024–2026; Spanish translated). */
export interface ThreadsLabels {
  settings: string;
  privacy: string;
  account: string;
  privateProfile: string;
  privateHelp: string;
  mentions: string;
  mentionsHelp: string;
  mentionOptions: Record<ThreadsMentions, string>;
  onlineStatus: string;
  /** The relabelled row of the changed markup. */
  onlineStatusChanged: string;
  onlineHelp: string;
  hiddenWords: string;
  fediverse: string;
  fediverseHelp: string;
  followers: (count: string) => string;
  privateNotice: string;
  loginPrompt: string;
  profile: string;
  home: string;
}

export const LABELS: Record<ThreadsLanguage, ThreadsLabels> = {
  en: {
    settings: 'Settings', privacy: 'Privacy', account: 'Account',
    privateProfile: 'Private profile',
    privateHelp: 'Only your approved followers can see and interact with your content.',
    mentions: 'Mentions', mentionsHelp: 'Allow @mentions from',
    mentionOptions: { everyone: 'Everyone', following: 'Profiles you follow', no_one: 'No one', mutual: 'Followers you follow back' },
    onlineStatus: 'Online status', onlineStatusChanged: 'Activity indicator',
    onlineHelp: 'Profiles you follow and message can see when you were last active on Threads.',
    hiddenWords: 'Hidden words',
    fediverse: 'Fediverse sharing',
    fediverseHelp: 'Share your posts to the fediverse, so people on other servers can follow you.',
    followers: (count) => `${count} followers`,
    privateNotice: 'This profile is private',
    loginPrompt: 'Log in or sign up for Threads',
    profile: 'Profile', home: 'Home',
  },
  es: {
    settings: 'Configuración', privacy: 'Privacidad', account: 'Cuenta',
    privateProfile: 'Perfil privado',
    privateHelp: 'Solo tus seguidores aprobados pueden ver tu contenido e interactuar con él.',
    mentions: 'Menciones', mentionsHelp: 'Permitir @menciones de',
    mentionOptions: { everyone: 'Todos', following: 'Perfiles que sigues', no_one: 'Nadie', mutual: 'Seguidores a los que sigues' },
    onlineStatus: 'Estado de conexión', onlineStatusChanged: 'Indicador de actividad',
    onlineHelp: 'Los perfiles que sigues y a los que envías mensajes pueden ver cuándo estuviste activo.',
    hiddenWords: 'Palabras ocultas',
    fediverse: 'Compartir en el fediverso',
    fediverseHelp: 'Comparte tus publicaciones en el fediverso para que te sigan desde otros servidores.',
    followers: (count) => `${count} seguidores`,
    privateNotice: 'Este perfil es privado',
    loginPrompt: 'Inicia sesión o regístrate en Threads',
    profile: 'Perfil', home: 'Inicio',
  },
};

/**
 * Other English wordings for the same rows, drawn under the 'label-synonyms' variation: Instagram's
 * (Threads shares its account machinery, research §2.1) and the "Allow @mentions from" line Threads
 * shows above the choice. The options add "Followers you follow back", an option the reader may not know.
 */
export const SYNONYMS: Pick<ThreadsLabels, 'privateProfile' | 'mentions' | 'mentionOptions' | 'onlineStatus' | 'fediverse'> = {
  privateProfile: 'Private account',
  mentions: 'Allow @mentions from',
  mentionOptions: { everyone: 'Everyone', following: 'People you follow', no_one: 'No one', mutual: 'Followers you follow back' },
  onlineStatus: 'Show activity status',
  fediverse: 'Share to the fediverse',
};

/** Meta's UK cookie-consent dialog (the wording Instagram and Facebook show in the UK). */
export const CONSENT = {
  title: 'Allow the use of cookies from Threads by Meta on this browser?',
  text: 'We use cookies and similar technologies to help provide and improve content on Meta Products.',
  decline: 'Decline optional cookies',
  allow: 'Allow all cookies',
};

/** Instagram's message for a client it takes for a bot (also shown on Threads). */
export const AUTOMATION_TITLE = 'We suspect automated behavior on your account';
export const AUTOMATION_TEXT = 'To prevent your account from being temporarily restricted, please stop any automated activity.';
