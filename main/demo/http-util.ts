import type { IncomingMessage, ServerResponse } from 'node:http';

/** Small response helpers shared by the emulators. */

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', 'cache-control': 'no-cache, no-store', ...headers });
  res.end(JSON.stringify(body));
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html;charset=utf-8', 'cache-control': 'no-cache, no-store', ...headers });
  res.end(html);
}

export function sendScript(res: ServerResponse, js: string, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'content-type': 'application/javascript;charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(js);
}

export function redirect(res: ServerResponse, location: string, status = 302): void {
  res.writeHead(status, { location, 'cache-control': 'no-store' }).end();
}

/** A 1×1 transparent GIF: the stand-in for every image and tracking pixel. */
export const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export function sendPixel(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'image/gif', 'content-length': String(PIXEL_GIF.length) }).end(PIXEL_GIF);
}

export function parseCookies(req: IncomingMessage): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) jar.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return jar;
}

export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export async function readBody(req: IncomingMessage, limit = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error('Request body too large for an emulator');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
