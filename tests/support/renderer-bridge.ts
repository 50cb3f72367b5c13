/**
 * The built renderer in Chromium with window.chaperone bridged to the real handler table, as the
 * preload bridges it to Electron's IPC in the app. Pages are served with the same resolver and
 * headers (the production CSP) as the app:// scheme, and calls pass the same sender check.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { APP_ORIGIN, resolveAppRequest } from '../../main/app/security/app-protocol.ts';
import { isTrustedSender } from '../../main/app/security/trusted-sender.ts';
import { invokeHandler, type Handlers } from '../../main/services/handler-table.ts';
import { CHANNELS, type AuditEvent } from '../../main/shared/api-contract.ts';
import { QUIET_ARGS, runningAsRoot } from '../../main/engine/browser/launch-args.ts';

/** The built renderer: out/renderer, or CHAPERONE_OUT_DIR/renderer for a build kept elsewhere (`electron-vite build --outDir`). */
const RENDERER_DIR = process.env.CHAPERONE_OUT_DIR === undefined
  ? fileURLToPath(new URL('../../out/renderer/', import.meta.url))
  : `${process.env.CHAPERONE_OUT_DIR}/renderer/`;

export interface RendererSession {
  page: Page;
  /** Delivers an audit event to the page, as main does with webContents.send. */
  emit(event: AuditEvent): Promise<void>;
  close(): Promise<void>;
}

/** Serves out/renderer the way the app:// handler does (run `npm run build` first). */
async function serveRenderer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const resolved = resolveAppRequest(`${APP_ORIGIN}${request.url ?? '/'}`, RENDERER_DIR, request.method);
    if ('status' in resolved) { response.writeHead(resolved.status).end(); return; }
    readFile(resolved.file).then(
      (body) => { response.writeHead(200, resolved.headers).end(body); },
      () => { response.writeHead(404).end(); },
    );
  });
  await new Promise<void>((resolve) => { server.listen(0, '127.0.0.1', resolve); });
  return { server, origin: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}` };
}

export async function openRenderer(handlers: Handlers, options: { width?: number; height?: number } = {}): Promise<RendererSession> {
  const { server, origin } = await serveRenderer();
  const browser: Browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', args: [...QUIET_ARGS, ...(runningAsRoot() ? ['--no-sandbox'] : [])],
  });
  const context = await browser.newContext({ viewport: { width: options.width ?? 1100, height: options.height ?? 800 } });
  await context.exposeBinding('__chaperoneCall', ({ frame, page }, channel: unknown, args: unknown) => {
    const sender = { url: frame.url(), parent: frame === page.mainFrame() ? null : frame.parentFrame() };
    return invokeHandler(handlers, channel, args, isTrustedSender(sender, origin));
  });
  await context.addInitScript((channels: readonly string[]) => {
    type Call = (channel: string, args: unknown) => Promise<unknown>;
    const call = (window as unknown as { __chaperoneCall: Call }).__chaperoneCall;
    const api: Partial<Record<string, Record<string, unknown>>> = {};
    for (const channel of channels) {
      const [domain = '', method = ''] = channel.split(':');
      (api[domain] ??= {})[method] = (args?: unknown) => call(channel, args);
    }
    const listeners = new Set<(event: unknown) => void>();
    (api.audit ??= {}).onEvent = (listener: (event: unknown) => void) => {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    };
    Object.defineProperty(window, '__chaperoneEvent', { value: (event: unknown) => { for (const l of listeners) l(event); } });
    Object.defineProperty(window, 'chaperone', { value: api });
  }, CHANNELS);
  const page = await context.newPage();
  await page.goto(`${origin}/index.html`);
  return {
    page,
    emit: async (event) => {
      await page.evaluate((e) => { (window as unknown as { __chaperoneEvent: (e: unknown) => void }).__chaperoneEvent(e); }, event);
    },
    close: async () => {
      await browser.close();
      await new Promise((resolve) => { server.close(resolve); });
    },
  };
}
