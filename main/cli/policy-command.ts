/**
 * `chaperone policy`: a social media policy written from an answers file (docs/policy.md), the
 * person's details and, with --audit, what their latest audit found; written as Word (DOCX), PDF
 * and/or Markdown, each sealed so `chaperone verify` can check it. Built by the same engine code as
 * the app's policy screens.
 */
import { loadChecklists } from '../engine/checklist/load.ts';
import { launchPdfBrowser } from '../engine/appraisal/pdf.ts';
import { closeWithin } from '../engine/browser/bounded-launch.ts';
import { chooseBrowser, systemBrowserInputs } from '../engine/browser/find-browsers.ts';
import { INPUT_LIMITS, readInputFile } from '../engine/files/read-input-file.ts';
import { answerProblems } from '../engine/policy/answers.ts';
import { AnswersFileError, parseAnswersFile } from '../engine/policy/answers-file.ts';
import { buildPolicy } from '../engine/policy/build.ts';
import { policySeal, sealedPolicyDocx, sealedPolicyMarkdown, sealedPolicyPdf, type PolicySeal } from '../engine/policy/exports.ts';
import { loadPolicy } from '../engine/policy/load.ts';
import type { PolicyAnswers, PolicyDocument } from '../engine/policy/model.ts';
import type { UserProfile } from '../engine/profile.ts';
import type { StoredAudit } from '../shared/api-contract.ts';
import { dayIso, localDay } from '../shared/next-audit.ts';
import { refuseSameFile } from './distinct-files.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { commonOptions, profileOptions, type CommonOptions, type ParsedArgs } from './options.ts';
import { writeOutput } from './outputs.ts';
import { InputFileError, readAudit } from './report-command.ts';
import { CHECKLIST_DIR } from './run-and-report.ts';

export const ANSWERS_HELP = 'docs/policy.md describes the answers file; examples/policy-answers.yaml is a complete one.';

/** The answers file cannot be used: every problem, so the person can fix them all at once. */
class AnswersProblems extends Error {
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    super(`${file} cannot be used to write a policy`);
    this.problems = problems;
  }
}

export async function policyCommand(values: ParsedArgs['values'], env: NodeJS.ProcessEnv, io: CliIo, now = new Date()): Promise<number> {
  if (values.answers === undefined) throw new UsageError('Say where your answers are: chaperone policy --answers <answers.yaml> (see examples/policy-answers.yaml).');
  if (values.docx === undefined && values.pdf === undefined && values.markdown === undefined) {
    throw new UsageError('Say where to write the policy: --docx <file>, --pdf <file> and/or --markdown <file>.');
  }
  const common = commonOptions(values, env);
  await refuseSameFile([
    { flag: '--answers', path: values.answers, role: 'input' },
    { flag: '--audit', path: values.audit, role: 'input' },
    { flag: '--docx', path: values.docx, role: 'output' },
    { flag: '--pdf', path: values.pdf, role: 'output' },
    { flag: '--markdown', path: values.markdown, role: 'output' },
  ]);
  try {
    const folder = common.checklists ?? CHECKLIST_DIR;
    const [set, checklists] = await Promise.all([loadPolicy(folder), loadChecklists(folder)]);
    const answers = await readAnswers(values.answers);
    const problems = answerProblems(set.data, answers);
    if (problems.length > 0) throw new AnswersProblems(values.answers, problems);
    const audit = values.audit === undefined ? null : await readAudit(values.audit);
    const policy = buildPolicy({
      data: set.data, publishers: set.publishers, profile: profileFor(values, audit, answers), answers, audit,
      writtenOn: dayIso(localDay(now)), checklistVersion: `policy@${set.data.version} guidance@${set.guidanceVersion}`,
      platformNames: Object.fromEntries(checklists.platforms.map((p) => [p.platform.id, p.platform.name])),
    });
    const seal = policySeal(policy, now);
    // Every file is made before any is written: a PDF that cannot be printed leaves the others as they were.
    const outputs = [
      ...(values.docx === undefined ? [] : [{ file: values.docx, content: await sealedPolicyDocx(policy, seal), what: 'Policy (Word)' }]),
      ...(values.markdown === undefined ? [] : [{ file: values.markdown, content: sealedPolicyMarkdown(policy, seal), what: 'Policy (Markdown)' }]),
      ...(values.pdf === undefined ? [] : [{ file: values.pdf, content: await pdfOf(policy, seal, common), what: 'Policy (PDF)' }]),
    ];
    for (const { file, content, what } of outputs) await writeOutput(file, content, what, io);
    if (policy.leftOut.length > 0) {
      io.err(`Clauses left out because no guidance for a ${policy.author.profession} backs them (ids in checklists/policy/policy.yaml): ${policy.leftOut.join(', ')}.\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof AnswersProblems) {
      io.err(`chaperone: ${error.message}; nothing was written. ${error.problems.length === 1 ? 'The problem' : `The ${String(error.problems.length)} problems`}:\n`
        + `${error.problems.map((p) => `  - ${p}\n`).join('')}${ANSWERS_HELP}\n`);
      return EXIT.answers;
    }
    if (error instanceof AnswersFileError) {
      io.err(`chaperone: ${error.message}; nothing was written.\n${ANSWERS_HELP}\n`);
      return EXIT.answers;
    }
    if (!(error instanceof InputFileError)) throw error;
    io.err(`chaperone: ${error.message}\n`);
    return EXIT.io;
  }
}

async function readAnswers(file: string): Promise<PolicyAnswers> {
  return parseAnswersFile(file, (await readInputFile(file, INPUT_LIMITS.answers)).toString('utf8'));
}

/**
 * The author: --name, --profession and --regulator, as for an audit. With --audit and no --name,
 * the details the audit was made with. A personal policy draws only on its author's own audit.
 */
function profileFor(values: ParsedArgs['values'], audit: StoredAudit | null, answers: PolicyAnswers): UserProfile {
  const made = audit?.report.profile;
  if (made === undefined || values.name !== undefined) {
    const profile = profileOptions(values);
    if (made !== undefined && answers.kind === 'personal' && !sameName(made.registeredName, profile.registeredName)) {
      throw new UsageError(`--audit is an audit of ${made.registeredName}'s accounts, but --name is "${profile.registeredName}": a personal policy can only draw on its author's own audit. Leave out --name to use the audit's details.`);
    }
    return profile;
  }
  return profileOptions({
    ...values, name: made.registeredName, profession: values.profession ?? made.profession,
    regulator: values.regulator ?? (values.profession === undefined ? made.regulator : undefined),
  });
}

const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

async function pdfOf(policy: PolicyDocument, seal: PolicySeal, options: CommonOptions): Promise<Uint8Array> {
  const { executablePath } = chooseBrowser({ ...systemBrowserInputs(), override: options.browser });
  const browser = await launchPdfBrowser(executablePath, options.browserArgs, options.launchTimeoutMs);
  try {
    return await sealedPolicyPdf(browser, policy, seal);
  } finally {
    await closeWithin(browser);
  }
}
