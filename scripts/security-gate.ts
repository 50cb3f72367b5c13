/**
 * Security gate (issue 3, item 5): Electronegativity over the app's sources, offline, with the project's Electron
 * version passed explicitly. Fails on any finding, on any file it could not parse, and on any `eng-disable`
 * suppression without a one-line reason after it on the same line:
 *   /* eng-disable PRELOAD_JS_CHECK *\/ // preload is ours, bundled, and exposes only the typed API
 *   <!-- eng-disable CSP_HTML_CHECK --> <!-- why -->
 * Usage: node scripts/security-gate.ts [file-or-folder ...]   (default: main preload renderer package.json)
 * It drives Electronegativity's own parser and checks in-process rather than its CLI, because the CLI fetches
 * translations from the network on start and can crash after printing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_INPUTS = ['main', 'preload', 'renderer', 'package.json'];
/** Deliberately insecure test fixtures; excluded from the default run (the gate's own test runs them). */
const DEFAULT_EXCLUDES = ['tests/fixtures/electronegativity'];
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist']);
const SCANNED = new Set(['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts', '.html', '.htm']);
/**
 * AvailableSecurityFixesGlobalCheck downloads Electron's release list; ElectronVersionJSONCheck only feeds it.
 * The version is pinned in package-lock.json and passed explicitly instead.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck', 'ElectronVersionJSONCheck'];
/** The same patterns Electronegativity honours (src/util/exceptions.js), so every suppression it obeys is seen. */
const SUPPRESSION = { js: /(?:\/\*|\/\/)[ \t]*eng-disable[ \t]+([\w \t]+)/i, html: /<!--[ \t]*eng-disable[ \t]+([\w \t]+)-->/i };
const JUSTIFIED = {
  js: /^\/\*[ \t]*eng-disable[ \t]+[\w \t]+\*\/[ \t]*\/\/[ \t]*(\S.{8,})$/,
  html: /^<!--[ \t]*eng-disable[ \t]+[\w \t]+-->[ \t]*<!--[ \t]*(\S.{8,}?)[ \t]*-->/,
};

/** One Electronegativity finding, as printed. */
export interface GateFinding { id: string; file: string; line: number; column: number; description: string }
/** The gate's verdict: findings from Electronegativity, and problems that stop it vouching for the sources. */
export interface GateReport { files: string[]; electronVersion: string; findings: GateFinding[]; problems: string[] }

interface Issue {
  id: string; file: string; description: string;
  location: { line: number; column: number };
  visibility?: { inlineDisabled?: boolean; globalCheckDisabled?: boolean };
}
interface CheckClass { name: string; new (): { id: string } }
interface ParserInstance { tsPlugins: string[]; parse(file: string, content: string): [number, unknown, string, unknown] }
interface Engine {
  parser: ParserInstance;
  tsParser: ParserInstance;
  finder: { _enabled_checks: CheckClass[]; find(file: string, data: unknown, type: number, content: string, only: null, version: string): Promise<Issue[]> };
  globals: { _constructed_checks: { id: string }[]; getResults(issues: Issue[]): Promise<Issue[]> };
}

/** Loads Electronegativity's modules with its translations registered locally (its loader would fetch them). */
async function loadEngine(): Promise<Engine> {
  const requireHere = createRequire(import.meta.url);
  const home = dirname(requireHere.resolve('@doyensec/electronegativity/package.json'));
  const load = createRequire(join(home, 'package.json'));
  const i18n = load('i18n') as { configure(options: object): void; setLocale(locale: string): void };
  i18n.configure({
    locales: ['en-US'], defaultLocale: 'en-US', directory: join(home, 'dist/locales'),
    updateFiles: false, objectNotation: true, retryInDefaultLocale: true, register: globalThis,
  });
  i18n.setLocale('en-US');
  type Ctor<T> = new (...args: unknown[]) => T;
  const { Parser } = load(join(home, 'dist/parser/index.js')) as { Parser: Ctor<ParserInstance> };
  const { Finder, GlobalChecks } = load(join(home, 'dist/finder/index.js')) as {
    Finder: Ctor<Engine['finder']>; GlobalChecks: Ctor<Engine['globals']>;
  };
  const excluded = EXCLUDED_CHECKS.map((c) => c.toLowerCase());
  const parser = new Parser(false, true);
  // Electronegativity parses .ts with the JSX plugin on, which misreads `<T>(x: T) => …`; .ts is not JSX.
  const tsParser = new Parser(false, true);
  tsParser.tsPlugins = tsParser.tsPlugins.filter((p) => p !== 'jsx');
  const globals = new GlobalChecks([], excluded.filter((c) => c.includes('globalcheck')), undefined);
  const finder = await Promise.resolve(new Finder([], excluded.filter((c) => !c.includes('globalcheck')), undefined));
  return { parser, tsParser, finder, globals };
}

function isScanned(path: string): boolean {
  return SCANNED.has(extname(path).toLowerCase()) || path.endsWith('package.json');
}

/** Files under the inputs, sorted; folders named in excludes (relative to root) are skipped. */
export function listFiles(inputs: string[], root: string, excludes: string[]): string[] {
  const skip = new Set(excludes.map((e) => resolve(root, e)));
  const files: string[] = [];
  const walk = (path: string): void => {
    if (skip.has(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path, { withFileTypes: true })) {
        if (entry.name.startsWith('.') || (entry.isDirectory() && SKIPPED_FOLDERS.has(entry.name))) continue;
        walk(join(path, entry.name));
      }
    } else if (isScanned(path)) {
      files.push(path);
    }
  };
  for (const input of inputs) walk(resolve(root, input));
  return files.sort();
}

/** Problems with the eng-disable suppressions in one file: no reason given, or a check name that does not exist. */
export function suppressionProblems(file: string, text: string, knownChecks: ReadonlySet<string>): string[] {
  const kind = /\.html?$/i.test(file) ? 'html' : 'js';
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    const match = SUPPRESSION[kind].exec(line);
    if (!match) return;
    const where = `${file}:${index + 1}`;
    const directive = line.slice(match.index);
    if (!JUSTIFIED[kind].test(directive.trimEnd())) {
      problems.push(kind === 'js'
        ? `${where}: eng-disable needs a reason on the same line: /* eng-disable CHECK_ID */ // why it is safe`
        : `${where}: eng-disable needs a reason on the same line: <!-- eng-disable CHECK_ID --> <!-- why it is safe -->`);
    }
    for (const name of (match[1] ?? '').trim().split(/[\s,]+/)) {
      if (name !== '' && !knownChecks.has(name.toLowerCase())) problems.push(`${where}: eng-disable names an unknown check: ${name}`);
    }
  });
  return problems;
}

/** The installed Electron's version, read from node_modules (never guessed: Electronegativity would assume 0.1.0). */
export function installedElectronVersion(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version?: unknown };
  if (typeof manifest.version !== 'string') throw new Error('node_modules/electron/package.json has no version');
  return manifest.version;
}

/** Runs Electronegativity over the files under inputs and checks every suppression's justification. */
export async function runSecurityGate(inputs: string[], options: { root?: string; excludes?: string[] } = {}): Promise<GateReport> {
  const root = options.root ?? ROOT;
  const electronVersion = installedElectronVersion(root);
  const files = listFiles(inputs, root, options.excludes ?? []);
  const engine = await loadEngine();
  const knownChecks = new Set<string>();
  for (const check of engine.finder._enabled_checks) {
    knownChecks.add(check.name.toLowerCase()).add(new check().id.toLowerCase());
  }
  for (const check of engine.globals._constructed_checks) knownChecks.add(check.id.toLowerCase());

  const problems: string[] = [];
  let issues: Issue[] = [];
  for (const file of files) {
    const content = readFileSync(file, 'utf8');
    const shown = relative(root, file);
    problems.push(...suppressionProblems(shown, content, knownChecks));
    try {
      const parser = /\.[mc]?ts$/i.test(file) ? engine.tsParser : engine.parser;
      // Electronegativity picks its parser by extension and knows only .ts/.js; .mts/.cjs read the same way.
      const asKnown = file.replace(/\.m?ts$|\.cts$/i, '.ts').replace(/\.[mc]js$/i, '.js');
      const [type, data] = parser.parse(asKnown, content);
      if (data === null) continue;
      issues.push(...await engine.finder.find(file, data, type, content, null, electronVersion));
    } catch (error) {
      // A file that cannot be read is a file that was not checked: never a silent pass.
      problems.push(`${shown}: Electronegativity could not parse it: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  issues = await engine.globals.getResults(issues);
  const findings = issues
    .filter((i) => !i.visibility?.inlineDisabled && !i.visibility?.globalCheckDisabled)
    .map((i) => ({
      id: i.id, file: i.file === 'N/A' ? '(whole app)' : relative(root, i.file),
      line: i.location.line, column: i.location.column, description: i.description,
    }));
  return { files: files.map((f) => relative(root, f)), electronVersion, findings, problems };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const report = await runSecurityGate(args.length > 0 ? args.map((a) => resolve(a)) : DEFAULT_INPUTS, {
    excludes: args.length > 0 ? [] : DEFAULT_EXCLUDES,
  });
  for (const f of report.findings) console.log(`${f.id}  ${f.file}:${f.line}:${f.column}  ${f.description}`);
  for (const p of report.problems) console.log(p);
  if (report.findings.length > 0 || report.problems.length > 0) {
    console.log(`Electronegativity: ${report.findings.length} finding(s), ${report.problems.length} problem(s) ` +
      `(${report.files.length} files, Electron ${report.electronVersion})`);
    return 1;
  }
  console.log(`Electronegativity: no findings (${report.files.length} files, Electron ${report.electronVersion})`);
  return 0;
}

if (import.meta.main) process.exitCode = await main();
