import { createHash, randomUUID, X509Certificate } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generate } from 'selfsigned';

export interface TestCertificate {
  key: string;
  cert: string;
  /** base64 SHA-256 of the certificate's SubjectPublicKeyInfo, as --ignore-certificate-errors-spki-list wants it. */
  spkiHash: string;
}

const CACHE_VERSION = 'v1';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Certificates being made in this process, by cache key: each is made once, however many sites ask at once. */
const inFlight = new Map<string, Promise<KeyPair>>();

/**
 * A certificate naming every emulated host, cached in the temp folder so later runs start fast.
 * Safe when several sites in one process, or several processes, ask for the same one at once: each
 * key is generated once per process, and each writer renames its own uniquely named file into place.
 * The cache only saves time: when it cannot be written, the fresh certificate is used all the same.
 */
export async function loadCertificate(hosts: string[]): Promise<TestCertificate> {
  const names = [...new Set(hosts.map((h) => h.toLowerCase()))].sort();
  const id = createHash('sha256').update([CACHE_VERSION, ...names].join('\n')).digest('hex').slice(0, 24);
  let pair = inFlight.get(id);
  if (pair === undefined) {
    pair = cachedOrNew(join(cacheDir(), `${id}.json`), names);
    inFlight.set(id, pair);
    void pair.then(() => inFlight.delete(id), () => inFlight.delete(id));
  }
  return withSpki(await pair);
}

/** Read when the function runs, not at import, so a process that sets TMPDIR later is obeyed. */
function cacheDir(): string {
  return join(tmpdir(), 'chaperone-emulator-certs');
}

async function cachedOrNew(file: string, names: string[]): Promise<KeyPair> {
  const cached = await readCached(file);
  if (cached) return cached;
  const fresh = await createCertificate(names);
  await saveToCache(file, fresh);
  return fresh;
}

async function saveToCache(file: string, pair: KeyPair): Promise<void> {
  const temp = `${file}.${String(process.pid)}.${randomUUID()}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(temp, JSON.stringify(pair), { mode: 0o600 });
    await rename(temp, file);
  } catch {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

export function spkiHashOf(certPem: string): string {
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

interface KeyPair { key: string; cert: string }

async function readCached(file: string): Promise<KeyPair | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<KeyPair>;
    if (typeof parsed.key !== 'string' || typeof parsed.cert !== 'string') return null;
    const validTo = Date.parse(new X509Certificate(parsed.cert).validTo);
    return validTo - Date.now() > DAY_MS ? { key: parsed.key, cert: parsed.cert } : null;
  } catch {
    return null;
  }
}

async function createCertificate(names: string[]): Promise<KeyPair> {
  const notBeforeDate = new Date(Date.now() - DAY_MS);
  const notAfterDate = new Date(Date.now() + 90 * DAY_MS);
  const pems = await generate([{ name: 'commonName', value: 'Chaperone test emulators' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...names.map((value) => ({ type: 2 as const, value })), { type: 7, ip: '127.0.0.1' }],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

function withSpki(pair: KeyPair): TestCertificate {
  return { ...pair, spkiHash: spkiHashOf(pair.cert) };
}
