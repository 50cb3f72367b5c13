/** The browser layer's public API. */
export { hostAllowed, guardPage, type RequestGuard } from './allow-list.ts';
export {
  BrowserLaunchError, BrowserNotFoundError, ProfileDirError, ProfileInUseError,
} from './errors.ts';
export {
  chooseBrowser, everydayProfiles, findBrowsers, systemBrowserInputs,
  type BrowserInputs, type BrowserKind, type EverydayProfile, type FoundBrowser,
} from './find-browsers.ts';
export { launchAuditBrowser, type AuditBrowserOptions } from './launch.ts';
export { auditBrowserArgs, QUIET_ARGS, WEBRTC_ARGS } from './launch-args.ts';
export { passwordStoreNotice, systemPasswordStore, type PasswordStore } from './password-store.ts';
export { assertNotDefaultUserDataDir, prepareProfileDir, profileDirFor, type PrepareResult } from './profiles.ts';
export { resolverLockArgs } from './resolver-lock.ts';
export { openSignInWindow, signInCommand, type SignInExit, type SignInOptions } from './sign-in.ts';
