/**
 * Measures `npm run demo` as a user runs it: wall time and peak memory of the CLI and every browser process it
 * starts, sampled from /proc every 100 ms (Linux). Prints figures; asserts nothing.
 * Targets (issue 2): under 10 s wall and under 800 MB peak on the 2-core build machine.
 *   npm run bench:demo [-- --runs 5]   (npm run bench runs it, then bench:screens)
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      tree.set(ppid, [...(tree.get(ppid) ?? []), Number(entry)]);
    } catch { /* the process ended while we looked */ }
  }
  return tree;
}

function descendants(root: number): number[] {
  const tree = children();
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop();
    if (pid === undefined) break;
    out.push(pid);
    queue.push(...(tree.get(pid) ?? []));
  }
  return out;
}

/** Proportional set size: shared pages split between the processes that share them, so Chromium's many processes are not counted many times over. */
function memory(pid: number): { rss: number; pss: number } {
  try {
    const text = readFileSync(`/proc/${String(pid)}/smaps_rollup`, 'utf8');
    const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
    return { rss: field('Rss'), pss: field('Pss') };
  } catch {
    return { rss: 0, pss: 0 };
  }
}

async function once(): Promise<{ seconds: number; peakPss: number; peakRss: number; processes: number; code: number | null }> {
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', 'demo', '--', '--quiet'], { stdio: ['ignore', 'ignore', 'ignore'] });
  let peakPss = 0;
  let peakRss = 0;
  let processes = 0;
  const timer = setInterval(() => {
    if (child.pid === undefined) return;
    const pids = descendants(child.pid);
    processes = Math.max(processes, pids.length);
    const total = pids.map(memory).reduce((a, m) => ({ rss: a.rss + m.rss, pss: a.pss + m.pss }), { rss: 0, pss: 0 });
    peakPss = Math.max(peakPss, total.pss);
    peakRss = Math.max(peakRss, total.rss);
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  return { seconds: (performance.now() - started) / 1000, peakPss, peakRss, processes, code };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const results = [];
for (let i = 1; i <= runs; i++) {
  const r = await once();
  results.push(r);
  process.stdout.write(`run ${String(i)}: ${r.seconds.toFixed(2)} s wall, peak ${mb(r.peakPss)} PSS (${mb(r.peakRss)} RSS summed), ${String(r.processes)} processes, exit ${String(r.code)}\n`);
}
const sorted = [...results].sort((a, b) => a.seconds - b.seconds);
const median = sorted[Math.floor(sorted.length / 2)];
if (median !== undefined) {
  process.stdout.write(`median wall ${median.seconds.toFixed(2)} s (target < 10 s); worst peak ${mb(Math.max(...results.map((r) => r.peakPss)))} PSS, ${mb(Math.max(...results.map((r) => r.peakRss)))} RSS summed (target < 800 MB)\n`);
}
