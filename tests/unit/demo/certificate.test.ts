/**
 * The demo's certificate cache on a first run: several sites in one process, and several processes,
 * asking for the same certificate at once from an empty temp folder. (The first demo on a fresh
 * machine used to fail here: two sites wrote the same temporary file and the second rename failed.)
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCertificate } from '../../../main/demo/certificate.ts';

const exec = promisify(execFile);
const CERTIFICATE = fileURLToPath(new URL('../../../main/demo/certificate.ts', import.meta.url));
const HOSTS = ['x.com', 'api.x.com', 'abs.twimg.com'];

let temp: string;
const savedTmp = process.env.TMPDIR;
beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'chaperone-cert-test-'));
  process.env.TMPDIR = temp;
});
afterEach(async () => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  await rm(temp, { recursive: true, force: true });
});

const cacheFiles = async (): Promise<string[]> => readdir(join(temp, 'chaperone-emulator-certs'));

describe('the demo certificate cache, from an empty temp folder', () => {
  it('gives every site in one process the same certificate, made once, with no temporary file left', async () => {
    const certificates = await Promise.all(Array.from({ length: 6 }, () => loadCertificate(HOSTS)));
    expect(new Set(certificates.map((c) => c.cert)).size).toBe(1);
    expect(await cacheFiles()).toEqual([expect.stringMatching(/^[0-9a-f]{24}\.json$/)]);
    // The next run reads it back instead of making another.
    expect((await loadCertificate([...HOSTS].reverse())).cert).toBe(certificates[0]?.cert);
  });

  it('lets several processes make the same certificate at once', async () => {
    const script = `const { loadCertificate } = await import(${JSON.stringify(CERTIFICATE)});\n`
      + `const c = await loadCertificate(${JSON.stringify(HOSTS)}); console.log(c.spkiHash);\n`;
    const runs = await Promise.all(Array.from({ length: 3 }, () =>
      exec(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TMPDIR: temp } })));
    for (const run of runs) expect(run.stdout.trim()).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect((await cacheFiles()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('still gives a certificate when the cache cannot be written', async () => {
    await writeFile(join(temp, 'chaperone-emulator-certs'), 'a file where the cache folder would be');
    const certificate = await loadCertificate(HOSTS);
    expect(certificate.cert).toContain('BEGIN CERTIFICATE');
  });
});
