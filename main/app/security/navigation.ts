import type { WebContents } from 'electron';

/** scheme://host[:port] of a parsed URL. Node gives custom schemes an opaque origin ('null'), so build it. */
function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/** Whether url is on appOrigin: parsed and compared by scheme, host and port (never startsWith); no credentials. */
export function isAppUrl(url: string, appOrigin: string): boolean {
  try {
    const candidate = new URL(url);
    const app = new URL(appOrigin);
    if (candidate.username !== '' || candidate.password !== '') return false;
    return app.host !== '' && originOf(candidate) === originOf(app);
  } catch {
    return false;
  }
}

/** Whether url is a well-formed https URL (the only kind handed on as an external link). */
function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Options for installNavigationGuards. */
export interface NavigationGuardOptions {
  /** The origin the window may show: APP_ORIGIN, or the dev server's origin in development. */
  appOrigin: string;
  /** Receives https links the page tried to open in a new window; the caller checks them against its allow-list. */
  onExternalLink?: (url: string) => void;
}

/** Keeps a window on the app's pages (checklist 12–14): no foreign navigation, frames, webviews or new windows. */
export function installNavigationGuards(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  options: NavigationGuardOptions,
): void {
  const { appOrigin, onExternalLink } = options;
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    // The app has no frames of its own (frame-src 'none'), so no subframe may navigate anywhere.
    if (!event.isMainFrame || !isAppUrl(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (onExternalLink && isHttpsUrl(url)) {
      try {
        onExternalLink(url);
      } catch {
        // Whatever the callback does, the new window stays denied.
      }
    }
    return { action: 'deny' };
  });
}
