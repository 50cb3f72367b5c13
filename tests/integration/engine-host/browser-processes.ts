/** Which browser processes are running on a profile folder (Linux /proc), for leak checks. */
import { readdir, readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';

export async function processesOnProfile(profileDir: string): Promise<number[]> {
  const flag = `--user-data-dir=${profileDir}`;
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.split('\0').includes(flag)) pids.push(Number(entry));
  }
  return pids;
}

/** The processes still on the profile after waiting up to `ms` for them to go. */
export async function processesLeftOnProfile(profileDir: string, ms = 3_000): Promise<number[]> {
  const until = Date.now() + ms;
  let left = await processesOnProfile(profileDir);
  while (left.length > 0 && Date.now() < until) {
    await delay(100);
    left = await processesOnProfile(profileDir);
  }
  return left;
}
