/**
 * The renderer's initial JavaScript, gzipped: the scripts out/renderer/index.html loads and the
 * chunks they import statically (lazy chunks such as the example audit are not counted). Prints
 * the figure and fails above the budget (issue 4: 250 kB).
 *   npm run size   (after npm run build)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dir = join(import.meta.dirname, '..', process.env.CHAPERONE_OUT_DIR ?? 'out', 'renderer');
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g)]
  .map((m) => m[1] ?? '');

const seen = new Set<string>();
const visit = (file: string): void => {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  // Static imports between chunks: `from"./chunk.js"` or `import"./chunk.js"`, relative to assets/.
  for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(join('assets', m[1] ?? ''));
};
for (const entry of entries) visit(entry);

let total = 0;
for (const file of seen) {
  const size = gzipSync(readFileSync(join(dir, file))).length;
  total += size;
  console.log(`  ${file}: ${(size / 1024).toFixed(1)} kB gzipped`);
}
const kb = total / 1024;
console.log(`Renderer initial JavaScript: ${kb.toFixed(1)} kB gzipped (budget ${String(BUDGET_KB)} kB)`);
if (kb > BUDGET_KB) process.exit(1);
