/**
 * Chromium flags that send the emulated hosts to the local server and nothing anywhere else.
 *
 * --host-resolver-rules: comma-separated "MAP <pattern> <host>[:<port>]" and "EXCLUDE <pattern>";
 * EXCLUDE wins over MAP, then the first matching MAP applies, so the catch-all "MAP * ~NOTFOUND" goes
 * last and makes every other name fail as unresolvable. (IP-literal URLs are not resolved, so they are
 * not covered; no reader uses them.)
 * --ignore-certificate-errors-spki-list: Chromium honours it only when --user-data-dir is also given
 * (our launcher always passes one).
 * --no-proxy-server: a proxy from the environment would resolve names itself and bypass the rules.
 */
export function emulatorBrowserArgs(hosts: string[], port: number, spkiHash: string, allowLocalhost = false): string[] {
  const rules = hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`);
  if (allowLocalhost) rules.push('EXCLUDE localhost');
  rules.push('MAP * ~NOTFOUND');
  return [
    `--host-resolver-rules=${rules.join(', ')}`,
    `--ignore-certificate-errors-spki-list=${spkiHash}`,
    '--no-proxy-server',
  ];
}
