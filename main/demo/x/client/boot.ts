import type { XClientConfig } from './config.ts';
import type { XClientLib } from './lib.ts';

/* Browser code: each function is sent to the page as source text, so it must be self-contained. */

/** The router: picks the view for location.pathname, like X's single-page app. */
export async function boot(lib: XClientLib, config: XClientConfig): Promise<void> {
  lib.track(config);
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const isSignedIn = lib.signedIn(lib);
  if (path === '/i/flow/login') { await lib.renderLogin(lib, config); return; }
  // Variations: everything drawn late; the automation gate or a late message instead of the page.
  const gated = lib.varies(config, 'automation-gate') || (!isSignedIn && config.strangerGate);
  const notice = isSignedIn ? config.lateNotice : null;
  const wait = gated || notice !== null ? Math.max(config.lateDelayMs, 500) : config.lateDelayMs;
  if (wait > 0) await lib.sleep(wait);
  if (gated) { lib.showAutomationGate(lib); return; }
  if (notice !== null) { lib.showLateNotice(lib, config, notice); return; }
  const byId = /^\/i\/user\/(\d+)$/.exec(path);
  if (byId !== null && byId[1] === config.ownProfileById.id) { await lib.renderProfile(lib, config, config.ownProfileById.screenName); return; }
  if (path === '/account/access') { lib.showAccess(lib, config); return; }
  if (path === '/') {
    if (isSignedIn) lib.go('/home');
    else lib.showLanding(lib, config);
    return;
  }
  const segments = path.split('/').filter(Boolean);
  const first = segments[0] ?? '';
  if (segments.length === 1 && /^[A-Za-z0-9_]{1,15}$/.test(first) && !config.reservedPaths.includes(first.toLowerCase())) {
    await lib.renderProfile(lib, config, first);
    return;
  }
  if (path === '/home' || first === 'settings') {
    if (!isSignedIn) { lib.goToLogin(lib, path); return; }
    const spec = config.settingsPages[path];
    const column = lib.frame(lib, config, spec ? `${spec.heading} / X` : 'Home / X', true);
    const settings = await lib.loadSettings(lib, config, column);
    if (!settings) return;
    if (path === '/home') lib.renderHome(lib, column);
    else if (spec) lib.renderSettings(lib, config, spec, settings, column);
    else lib.showNotFound(lib, config, column);
    return;
  }
  lib.showNotFound(lib, config, lib.frame(lib, config, 'Page not found / X', isSignedIn));
}
