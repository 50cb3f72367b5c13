import * as boot from './client/boot.ts';
import * as controls from './client/controls.ts';
import * as dom from './client/dom.ts';
import * as frame from './client/frame.ts';
import * as loginView from './client/login-view.ts';
import * as net from './client/net.ts';
import * as profileView from './client/profile-view.ts';
import * as session from './client/session.ts';
import * as settingsView from './client/settings-view.ts';
import * as variationViews from './client/variation-views.ts';
import type { XClientConfig } from './client/config.ts';

const CLIENT_MODULES: Record<string, unknown>[] = [dom, net, frame, session, settingsView, controls, profileView, loginView, variationViews, boot];

/**
 * The SPA's JavaScript as abs.twimg.com serves it: every exported client function, as source text,
 * placed on one `lib` object, then `lib.boot(lib, config)`. Client functions never import each other
 * at run time (a test runner would rewrite such calls), which is what makes this safe.
 */
export function xClientBundle(config: XClientConfig): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const mod of CLIENT_MODULES) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function') continue;
      if (seen.has(name)) throw new Error(`Two client functions are called ${name}`);
      seen.add(name);
      parts.push(`lib[${JSON.stringify(name)}] = ${Function.prototype.toString.call(value)};`);
    }
  }
  return [
    '(() => {',
    '"use strict";',
    'const lib = {};',
    ...parts,
    `lib.boot(lib, ${JSON.stringify(config)}).catch((error) => { console.error(error); });`,
    '})();',
  ].join('\n');
}
