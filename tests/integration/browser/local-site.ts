/**
 * A tiny local web server standing in for both "allowed.test" (the platform) and "tracker.test"
 * (a third party). The browser reaches both through --host-resolver-rules, never the internet.
 * It logs every request's Host header and path, so tests can prove what never arrived.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hit {
  host: string;
  path: string;
  cookie: string | undefined;
}

export interface LocalSite {
  port: number;
  hits: Hit[];
  /** Browser flags that send both test host names to this server. */
  hostRules: string[];
  close(): Promise<void>;
}

export type Routes = Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>;

export async function startLocalSite(routes: Routes): Promise<LocalSite> {
  const hits: Hit[] = [];
  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push({ host, path, cookie: req.headers.cookie });
    const route = routes[`${host}${path}`];
    if (route === undefined) {
      res.writeHead(404).end();
      return;
    }
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    hits,
    hostRules: [`--host-resolver-rules=MAP allowed.test 127.0.0.1:${port}, MAP tracker.test 127.0.0.1:${port}`],
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => { resolve(); });
    }),
  };
}

export function send(type: string, body: string, headers: http.OutgoingHttpHeaders = {}) {
  return (_req: http.IncomingMessage, res: http.ServerResponse): void => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers }).end(body);
  };
}
