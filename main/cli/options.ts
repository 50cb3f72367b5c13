import { parseArgs } from 'node:util';
import { DEFAULT_LAUNCH_TIMEOUT_MS } from '../engine/browser/bounded-launch.ts';
import { PROFESSIONS, type Profession, type UserProfile } from '../engine/profile.ts';
import type { AccountSpec } from '../engine/types.ts';
import { parseAccountArg } from './accounts-arg.ts';
import { defaultDataDir } from './data-dir.ts';
import { UsageError } from './exit-codes.ts';
import { splitArgs } from './split-args.ts';

export interface CommonOptions {
  dataDir: string;
  browser: string | undefined;
  browserArgs: string[];
  json: string | undefined;
  html: string | undefined;
  concurrency: number;
  quiet: boolean;
  /** Folder of checklist YAML files; the shipped ones unless given. */
  checklists: string | undefined;
  /** How long a browser may take to start before it is stopped. */
  launchTimeoutMs: number;
  /** Read each account in a visible window instead of a hidden browser. */
  showBrowser: boolean;
}

export interface AuditOptions extends CommonOptions {
  accounts: AccountSpec[];
  profile: UserProfile;
}

const OPTIONS = {
  'data-dir': { type: 'string' },
  account: { type: 'string', multiple: true },
  browser: { type: 'string' },
  'browser-arg': { type: 'string', multiple: true },
  json: { type: 'string' },
  html: { type: 'string' },
  concurrency: { type: 'string' },
  'launch-timeout': { type: 'string' },
  'show-browser': { type: 'boolean' },
  name: { type: 'string' },
  profession: { type: 'string' },
  regulator: { type: 'string' },
  label: { type: 'string' },
  checklists: { type: 'string' },
  // chaperone report
  from: { type: 'string' },
  previous: { type: 'string' },
  reflection: { type: 'string' },
  'registration-number': { type: 'string' },
  'show-registration-number': { type: 'boolean' },
  'show-handles': { type: 'boolean' },
  appendix: { type: 'boolean' },
  'time-spent': { type: 'string' },
  'declare-no-patient-info': { type: 'boolean' },
  pdf: { type: 'string' },
  text: { type: 'string' },
  // chaperone policy
  answers: { type: 'string' },
  docx: { type: 'string' },
  markdown: { type: 'string' },
  audit: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type ParsedArgs = ReturnType<typeof parse>;

export function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/^TypeError \[\w+\]: /, '') : String(error));
  }
}

export function commonOptions(values: ParsedArgs['values'], env: NodeJS.ProcessEnv): CommonOptions {
  const concurrency = values.concurrency === undefined ? 2 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 8) {
    throw new UsageError(`--concurrency must be a whole number from 1 to 8, not "${values.concurrency ?? ''}".`);
  }
  const launchSeconds = values['launch-timeout'] === undefined ? DEFAULT_LAUNCH_TIMEOUT_MS / 1000 : Number(values['launch-timeout']);
  if (!Number.isInteger(launchSeconds) || launchSeconds < 1 || launchSeconds > 600) {
    throw new UsageError(`--launch-timeout must be a whole number of seconds from 1 to 600, not "${values['launch-timeout'] ?? ''}".`);
  }
  let envArgs: string[];
  try {
    envArgs = splitArgs(env.CHAPERONE_BROWSER_ARGS ?? '');
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const browserArgs = [...envArgs, ...(values['browser-arg'] ?? [])];
  const bad = browserArgs.find((a) => !a.startsWith('--'));
  if (bad !== undefined) throw new UsageError(`Browser flags must start with "--": "${bad}".`);
  return {
    dataDir: values['data-dir'] ?? defaultDataDir(),
    browser: values.browser,
    browserArgs,
    json: values.json,
    html: values.html,
    concurrency,
    quiet: values.quiet ?? false,
    checklists: values.checklists,
    launchTimeoutMs: launchSeconds * 1000,
    showBrowser: values['show-browser'] ?? false,
  };
}

export function auditOptions(values: ParsedArgs['values'], env: NodeJS.ProcessEnv): AuditOptions {
  const accounts = (values.account ?? []).map(parseAccountArg);
  if (accounts.length === 0) {
    throw new UsageError('Say which accounts to audit, e.g. --account x:personal:"Personal X". Run "chaperone demo" to see an audit without accounts.');
  }
  const ids = new Set<string>();
  for (const a of accounts) {
    const key = `${a.platform}-${a.id}`;
    if (ids.has(key)) throw new UsageError(`Two accounts have the label "${a.label}" on ${a.platform}; give each its own label.`);
    ids.add(key);
  }
  return { ...commonOptions(values, env), accounts, profile: profileOptions(values) };
}

/** The demo audits made-up accounts; --profession and --regulator show how the audit reads for another profession. */
export function demoOptions(values: ParsedArgs['values'], env: NodeJS.ProcessEnv, demoName: string): CommonOptions & { profile: UserProfile } {
  return { ...commonOptions(values, env), profile: profileOptions({ ...values, name: values.name ?? demoName }) };
}

/** The person's details from --name, --profession and --regulator (the regulator guessed from the profession). */
export function profileOptions(values: ParsedArgs['values']): UserProfile {
  const registeredName = values.name?.trim() ?? '';
  if (registeredName === '') {
    throw new UsageError('Give your name as it appears on your professional register, e.g. --name "Amina Rahman". Chaperone uses it to check you identify yourself by name.');
  }
  const profession = values.profession ?? 'doctor';
  if (!isProfession(profession)) throw new UsageError(`--profession must be one of: ${PROFESSIONS.join(', ')}.`);
  return { registeredName, profession, regulator: values.regulator ?? defaultRegulator(profession) };
}

function isProfession(value: string): value is Profession {
  return (PROFESSIONS as readonly string[]).includes(value);
}

function defaultRegulator(profession: Profession): string {
  if (['nurse', 'midwife', 'nursing-associate'].includes(profession)) return 'NMC';
  if (['pharmacist', 'pharmacy-technician'].includes(profession)) return 'GPhC';
  if (profession === 'allied-health-professional') return 'HCPC';
  if (profession === 'dentist') return 'GDC';
  return profession === 'other' ? '' : 'GMC';
}
