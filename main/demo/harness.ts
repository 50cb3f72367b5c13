import { createServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { emulatorBrowserArgs } from './browser-args.ts';
import { loadCertificate } from './certificate.ts';
import type { Emulator, RequestRecord, RunningEmulators, StartOptions } from './types.ts';

export type { Emulator, RequestRecord, RunningEmulators, StartOptions } from './types.ts';

/**
 * One local HTTPS server on 127.0.0.1 (random port) that hands each request to the emulator owning
 * its Host. Readers keep the real URLs; `browserArgs` point those names here.
 */
export async function startEmulators(emulators: Emulator[], options: StartOptions = {}): Promise<RunningEmulators> {
  const byHost = hostTable(emulators);
  const hosts = [...byHost.keys()];
  const certificate = await loadCertificate(hosts);
  const requests: RequestRecord[] = [];
  const errors: Error[] = [];

  const server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    void route(req, res);
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host || 'unknown.invalid'}`);
    const record: RequestRecord = { host, method: req.method ?? 'GET', path: url.pathname, time: Date.now(), status: 0 };
    requests.push(record);
    res.on('finish', () => { record.status = res.statusCode; });
    const emulator = byHost.get(host);
    if (!emulator) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end(`No emulator answers for ${host}`);
      return;
    }
    try {
      await emulator.handle(req, res, url);
    } catch (error) {
      errors.push(error instanceof Error ? error : new Error(String(error)));
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Emulator error');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => { resolve(); });
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    browserArgs: emulatorBrowserArgs(hosts, port, certificate.spkiHash, options.allowLocalhost),
    requests,
    errors,
    requestsTo: (host) => requests.filter((r) => r.host === host.toLowerCase()),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => { resolve(); });
    }),
  };
}

function hostTable(emulators: Emulator[]): Map<string, Emulator> {
  const table = new Map<string, Emulator>();
  for (const emulator of emulators) {
    for (const raw of emulator.hosts) {
      const host = raw.toLowerCase();
      const owner = table.get(host);
      if (owner) throw new Error(`Host ${host} is claimed by both ${owner.name} and ${emulator.name}`);
      table.set(host, emulator);
    }
  }
  return table;
}
