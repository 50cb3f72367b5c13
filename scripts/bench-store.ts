/**
 * Measures the store as history grows: how long one change (such as answering a question) takes
 * to validate, seal and write when the history holds N audits the size of the demo's. Prints
 * figures; asserts nothing. Uses AES-256-GCM in place of the OS keychain, which is not reachable
 * from plain Node.
 *   npm run bench:store   (after `npm run demo`, which writes reports/demo-audit.json)
 */
import { createCipheriv, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReport } from '../main/engine/report/json.ts';
import { confBackend } from '../main/engine/store/conf-backend.ts';
import type { Encryptor } from '../main/engine/store/model.ts';
import { openStore } from '../main/engine/store/open-store.ts';

const reportFile = new URL('../reports/demo-audit.json', import.meta.url);
if (!existsSync(reportFile)) {
  console.error('Run `npm run demo` first: this measures the store with audits the size of the demo report.');
  process.exit(1);
}
const report = parseReport(readFileSync(reportFile, 'utf8'), 'reports/demo-audit.json');
const key = randomBytes(32);
const aes: Encryptor = {
  available: true, unavailableReason: null,
  encrypt: (plain) => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    return Promise.resolve(Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64'));
  },
  decrypt: () => Promise.reject(new Error('not needed here')),
};

const dir = mkdtempSync(join(tmpdir(), 'chaperone-bench-store-'));
try {
  const store = await openStore({ dir, createBackend: confBackend, encryptor: aes });
  console.log(`one audit: ${(Buffer.byteLength(JSON.stringify(report)) / 1024).toFixed(0)} kB of JSON (${report.audit.accounts.length} accounts)`);
  for (const audits of [1, 10, 25, 50]) {
    while (store.read().history.length < audits) {
      await store.update((d) => ({ ...d, history: [...d.history, { id: randomUUID(), report, answers: [], rechecks: [] }] }));
    }
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await store.update((d) => ({ ...d, settings: { ...d.settings, reminderMonths: (i % 12) + 1 } }));
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const size = statSync(store.status.path).size / 1024 / 1024;
    console.log(`${String(audits).padStart(3)} audits: one change takes ${times[2]?.toFixed(0) ?? '?'} ms (median of 5), file ${size.toFixed(1)} MB`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
