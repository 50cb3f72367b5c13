/**
 * The demo clinician's LinkedIn: Dr Amina Rahman, a GP partner in Leeds, with a professional
 * profile that is public on purpose. A realistic mix: full name shown and profile visits private,
 * but her connections list is open and anyone with her phone number can find her. LinkedIn no
 * longer sends whether profile edits are shared, so that item shows as "could not check".
 * Made up; any likeness is chance.
 */
import type { LinkedInInit } from './state.ts';

export const LINKEDIN_DEMO: LinkedInInit = {
  profile: {
    memberId: 'ACoAAC7rJk4BvQm9sHtLpWxYzAa5b6c7d8e9f0g',
    firstName: 'Dr Amina',
    lastName: 'Rahman',
    publicIdentifier: 'dr-amina-rahman-gp',
    headline: 'GP Partner at Headingley Medical Practice',
    currentCompany: 'Headingley Medical Practice',
    location: 'Leeds, England, United Kingdom',
    connections: 486,
    email: 'amina.rahman@example.org',
    password: 'demo-password-linkedin',
  },
  settings: {
    showPublicProfile: true,
    fullLastNameShown: true,
    discloseAsProfileViewer: 'DISCLOSE_ANONYMOUS',
    allowProfileEditBroadcasts: true,
    connectionsVisible: true,
    discoverByEmail: 'FIRST_DEGREE',
    discoverByPhone: 'EVERYONE',
  },
  posts: [
    { text: 'Delighted to welcome two new GP registrars to Headingley Medical Practice this month.', age: '1w' },
    { text: 'Menopause clinic now running on Thursday afternoons. Ask at reception to book.', age: '3w' },
  ],
  // LinkedIn no longer includes this field in its privacy settings data, as happens when a platform changes.
  droppedFields: ['allowProfileEditBroadcasts'],
};
