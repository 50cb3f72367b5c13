import { request } from 'node:https';
import { TLSSocket } from 'node:tls';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulators, type Emulator, type RunningEmulators } from '../../../main/demo/harness.ts';

interface Answer { status: number; body: string; spki: string; altNames: string }

/** A request straight to the harness, naming the host the way a browser mapped by host rules would. */
function ask(running: RunningEmulators, host: string, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: running.port, path, servername: host, headers: { host }, rejectUnauthorized: false, agent: false }, (res) => {
      const cert = res.socket instanceof TLSSocket ? res.socket.getPeerX509Certificate() : undefined;
      const spki = cert ? createHash('sha256').update(cert.publicKey.export({ type: 'spki', format: 'der' })).digest('base64') : '';
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { body += chunk; });
      res.on('end', () => { resolve({ status: res.statusCode ?? 0, body, spki, altNames: cert?.subjectAltName ?? '' }); });
    });
    req.on('error', reject);
    req.end();
  });
}

const echo = (name: string, hosts: string[]): Emulator => ({
  name,
  hosts,
  handle(_req, res, url) { res.writeHead(200, { 'content-type': 'text/plain' }).end(`${name} ${url.hostname}${url.pathname}`); },
});
const broken: Emulator = { name: 'broken', hosts: ['broken.test'], handle() { throw new Error('boom'); } };

describe('emulator harness', () => {
  let running: RunningEmulators;
  beforeAll(async () => { running = await startEmulators([echo('one', ['a.test', 'www.a.test']), echo('two', ['b.test']), broken]); });
  afterAll(async () => { await running.close(); });

  it('hands each request to the emulator that owns its Host and logs it without the query', async () => {
    expect((await ask(running, 'a.test', '/x?secret=1')).body).toBe('one a.test/x');
    expect((await ask(running, 'b.test', '/y')).body).toBe('two b.test/y');
    expect(running.requestsTo('a.test')).toEqual([expect.objectContaining({ method: 'GET', path: '/x', status: 200 })]);
  });

  it('refuses hosts nobody emulates with 421 and reports handler failures as 500 plus an error', async () => {
    expect((await ask(running, 'nobody.test', '/')).status).toBe(421);
    expect((await ask(running, 'broken.test', '/')).status).toBe(500);
    expect(running.errors.map((e) => e.message)).toEqual(['boom']);
  });

  it('serves one certificate naming every host, whose SPKI hash is the one the browser is told to trust', async () => {
    const answer = await ask(running, 'b.test', '/');
    for (const host of ['a.test', 'www.a.test', 'b.test', 'broken.test']) expect(answer.altNames).toContain(`DNS:${host}`);
    expect(running.browserArgs).toContain(`--ignore-certificate-errors-spki-list=${answer.spki}`);
  });

  it('maps every emulated host to itself and makes every other name unresolvable', () => {
    const rules = running.browserArgs.find((a) => a.startsWith('--host-resolver-rules='));
    expect(rules).toBe(`--host-resolver-rules=MAP a.test 127.0.0.1:${String(running.port)}, MAP www.a.test 127.0.0.1:${String(running.port)}, ` +
      `MAP b.test 127.0.0.1:${String(running.port)}, MAP broken.test 127.0.0.1:${String(running.port)}, MAP * ~NOTFOUND`);
    expect(running.browserArgs).toContain('--no-proxy-server');
  });

  it('refuses two emulators claiming one host, and can let localhost through when asked', async () => {
    await expect(startEmulators([echo('one', ['a.test']), echo('two', ['A.test'])])).rejects.toThrow('a.test');
    const open = await startEmulators([echo('one', ['a.test'])], { allowLocalhost: true });
    expect(open.browserArgs[0]).toMatch(/, EXCLUDE localhost, MAP \* ~NOTFOUND$/);
    await open.close();
  });
});
