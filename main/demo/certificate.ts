import { createHash, X509Certificate } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface TestCertificate {
  key: string;
  cert: string;
  /** base64 SHA-256 of the certificate's SubjectPublicKeyInfo, as --ignore-certificate-errors-spki-list wants it. */
  spkiHash: string;
}

const CACHE_DIR = join(tmpdir(), 'chaperone-emulator-certs');
const CACHE_VERSION = 'v1';
const DAY_MS = 24 * 60 * 60 * 1000;

/** A certificate naming every emulated host, cached in the temp dir so test runs stay fast. */
export async function loadCertificate(hosts: string[]): Promise<TestCertificate> {
  const names = [...new Set(hosts.map((h) => h.toLowerCase()))].sort();
  const id = createHash('sha256').update([CACHE_VERSION, ...names].join('\n')).digest('hex').slice(0, 24);
  const file = join(CACHE_DIR, `${id}.json`);
  const cached = await readCached(file);
  if (cached) return withSpki(cached);
  const fresh = await createCertificate(names);
  await mkdir(CACHE_DIR, { recursive: true });
  // Write then rename: two test workers may race; rename keeps the file whole.
  const temp = `${file}.${String(process.pid)}.tmp`;
  await writeFile(temp, JSON.stringify(fresh), { mode: 0o600 });
  await rename(temp, file);
  return withSpki(fresh);
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
