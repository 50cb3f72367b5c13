/**
 * Loaded with `node --import` into a chaperone process under test, to make one start-up stage fail
 * the way it can on a user's machine. CHAPERONE_TEST_FAULT names the stage:
 * - `certificate`: key generation fails (what selfsigned asks of WebCrypto);
 * - `listen`: the third local site cannot listen (port taken), after two have started.
 * Test-only: nothing under main/ knows this file or the variable.
 */
import { Server } from 'node:net';

const fault = process.env.CHAPERONE_TEST_FAULT;

if (fault === 'certificate') {
  Object.defineProperty(globalThis.crypto.subtle, 'generateKey', {
    value: () => Promise.reject(new Error('injected fault: no key could be made')),
  });
}

if (fault === 'listen') {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the server as this
  const listen = Server.prototype.listen as (this: Server, ...args: unknown[]) => Server;
  let calls = 0;
  Server.prototype.listen = function listenOrFail(this: Server, ...args: unknown[]): Server {
    calls += 1;
    if (calls !== 3) return listen.apply(this, args);
    const error = Object.assign(new Error('listen EADDRINUSE: address already in use 127.0.0.1'), { code: 'EADDRINUSE' });
    process.nextTick(() => this.emit('error', error));
    return this;
  };
}
