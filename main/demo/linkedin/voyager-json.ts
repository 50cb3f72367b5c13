import { PRIVACY_URN } from './constants.ts';
import type { LinkedInState } from './state.ts';

/**
 * GET profilePrivacySettings as a normalized Voyager answer: `data` points at the entity, which
 * sits in `included`. Fields the emulator has been told LinkedIn dropped are left out.
 */
export function privacySettingsJson(state: LinkedInState): Record<string, unknown> {
  const s = state.settings;
  const entity: Record<string, unknown> = {
    $type: 'com.linkedin.voyager.dash.identity.profile.PrivacySettings',
    entityUrn: PRIVACY_URN,
    allowOpenProfile: s.allowOpenProfile,
    allowProfileEditBroadcasts: s.allowProfileEditBroadcasts,
    discloseAsProfileViewer: s.discloseAsProfileViewer,
    formerNameVisibilitySetting: 'CONNECTIONS',
    fullLastNameShown: s.fullLastNameShown,
    messagingSeenReceipts: s.messagingSeenReceipts,
    messagingTypingIndicators: s.messagingTypingIndicators,
    namePronunciationVisibilitySetting: 'NETWORK',
    profilePictureVisibilitySetting: s.profilePictureVisibilitySetting,
    pronounVisibilitySetting: 'NETWORK',
    publicProfilePictureVisibilitySetting: s.publicProfilePictureVisibilitySetting,
    requireReferral: false,
    showPublicProfile: s.showPublicProfile,
  };
  for (const field of state.droppedFields) Reflect.deleteProperty(entity, field);
  return {
    data: { $recipeTypes: ['com.linkedin.voyager.dash.deco.identity.profile.PrivacySettings'], '*elements': [PRIVACY_URN], $type: 'com.linkedin.restli.common.CollectionResponse' },
    included: [entity],
  };
}

/** GET /voyager/api/me, normalized: the mini profile is referenced from `data` and given in `included`. */
export function meJson(state: LinkedInState): Record<string, unknown> {
  const p = state.profile;
  const miniUrn = `urn:li:fs_miniProfile:${p.memberId}`;
  return {
    data: { $type: 'com.linkedin.voyager.common.Me', '*miniProfile': miniUrn, plainId: 912_345_678, premiumSubscriber: false },
    included: [{
      $type: 'com.linkedin.voyager.identity.shared.MiniProfile',
      entityUrn: miniUrn,
      objectUrn: 'urn:li:member:912345678',
      firstName: p.firstName,
      lastName: p.lastName,
      occupation: p.headline,
      publicIdentifier: p.publicIdentifier,
      trackingId: 'aGVsbG8gY2hhcGVyb25l',
    }],
  };
}
