/**
 * `chaperone report`: the appraisal summary of an audit, as PDF, plain text and/or JSON, each
 * sealed so `chaperone verify` can check it. Built by the same code as the app's export screen.
 */
import { basename } from 'node:path';
import { buildAppraisal } from '../engine/appraisal/build.ts';
import { appraisalHtml } from '../engine/appraisal/html.ts';
import { appraisalJsonValue } from '../engine/appraisal/json.ts';
import type { AppraisalSummary, Reflection } from '../engine/appraisal/model.ts';
import { launchPdfBrowser, renderPdf } from '../engine/appraisal/pdf.ts';
import { closeWithin } from '../engine/browser/bounded-launch.ts';
import { sealJson, sealPdf, sealText } from '../engine/appraisal/seal.ts';
import { appraisalTextExport } from '../engine/appraisal/short-text.ts';
import { chooseBrowser, systemBrowserInputs } from '../engine/browser/find-browsers.ts';
import { INPUT_LIMITS, readInputFile, type InputLimit } from '../engine/files/read-input-file.ts';
import { parseReport } from '../engine/report/json.ts';
import { DEFAULT_SETTINGS } from '../engine/store/model.ts';
import { storedAuditRecord } from '../engine/store/schema.ts';
import type { StoredAudit } from '../shared/api-contract.ts';
import { refuseSameFile } from './distinct-files.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { commonOptions, type CommonOptions, type ParsedArgs } from './options.ts';
import { writeOutput } from './outputs.ts';
import { APP_VERSION } from './version.ts';

/** A --from/--previous/--reflection (or policy --audit) file that is there but is not what it should be. */
export class InputFileError extends Error {}

export async function reportCommand(values: ParsedArgs['values'], env: NodeJS.ProcessEnv, io: CliIo, now = new Date()): Promise<number> {
  if (values.from === undefined) throw new UsageError('Say which audit to summarise: chaperone report --from <audit.json>.');
  if (values['declare-no-patient-info'] !== true) {
    throw new UsageError('Add --declare-no-patient-info to confirm that this summary (and your reflection) holds no information that could identify a patient.');
  }
  const timeSpentMinutes = parseMinutes(values['time-spent']);
  const common = commonOptions(values, env);
  await refuseSameFile([
    { flag: '--from', path: values.from, role: 'input' },
    { flag: '--previous', path: values.previous, role: 'input' },
    { flag: '--reflection', path: values.reflection, role: 'input' },
    { flag: '--text', path: values.text, role: 'output' },
    { flag: '--json', path: values.json, role: 'output' },
    { flag: '--pdf', path: values.pdf, role: 'output' },
  ]);
  try {
    const audit = await readAudit(values.from);
    const previous = values.previous === undefined ? null : await readAudit(values.previous);
    const reflection = values.reflection === undefined ? { what: '', soWhat: '', nowWhat: '' } : parseReflection(await readText(values.reflection, INPUT_LIMITS.reflection), values.reflection);
    const appendix = values.appendix === true;
    const summary = buildAppraisal({
      audit, previous, reflection,
      profile: { ...audit.report.profile, registrationNumber: values['registration-number']?.trim() || null },
      options: {
        showRegistrationNumber: values['show-registration-number'] === true,
        showHandles: values['show-handles'] === true,
        timeSpentMinutes,
        declarationAccepted: true,
        reauditMonths: DEFAULT_SETTINGS.reminderMonths,
        appendix,
      },
      appVersion: APP_VERSION,
      generatedAt: now,
    });
    // Every file is made before any is written: a PDF that cannot be rendered leaves the others as they were.
    const text = sealText(appraisalTextExport(summary, appendix), summary);
    const outputs = [
      ...(values.text === undefined ? [] : [{ file: values.text, content: text, what: 'Appraisal text' }]),
      ...(values.json === undefined ? [] : [{ file: values.json, content: sealJson(appraisalJsonValue(summary, audit.report, values['show-handles'] === true), summary), what: 'Appraisal JSON' }]),
      ...(values.pdf === undefined ? [] : [{ file: values.pdf, content: await pdfOf(summary, common, appendix), what: 'Appraisal PDF' }]),
    ];
    for (const { file, content, what } of outputs) await writeOutput(file, content, what, io);
    // No file asked for: the text goes to the screen, ready to paste into a portal.
    if (values.pdf === undefined && values.text === undefined && values.json === undefined) io.out(text);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    io.err(`chaperone: ${error.message}\n`);
    return EXIT.io;
  }
}

async function pdfOf(summary: AppraisalSummary, options: CommonOptions, appendix: boolean): Promise<Uint8Array> {
  const { executablePath } = chooseBrowser({ ...systemBrowserInputs(), override: options.browser });
  const browser = await launchPdfBrowser(executablePath, options.browserArgs, options.launchTimeoutMs);
  try {
    return sealPdf(await renderPdf(browser, appraisalHtml(summary, { appendix })), summary);
  } finally {
    await closeWithin(browser);
  }
}

/** A JSON report (schema v1) or a stored audit ({ id, report, answers, rechecks }) as the app keeps it. */
export async function readAudit(file: string): Promise<StoredAudit> {
  const text = await readText(file, INPUT_LIMITS.audit);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputFileError(`${file} is not JSON, so it is not a Chaperone audit.`);
  }
  if (typeof data === 'object' && data !== null && 'report' in data) {
    const parsed = storedAuditRecord.safeParse(data);
    if (!parsed.success) throw new InputFileError(`${file} is not a saved Chaperone audit: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim());
    return parsed.data;
  }
  try {
    return { id: basename(file), report: parseReport(text, file), answers: [], rechecks: [] };
  } catch (error) {
    throw new InputFileError(error instanceof Error ? error.message : String(error));
  }
}

async function readText(file: string, limit: InputLimit): Promise<string> {
  return (await readInputFile(file, limit)).toString('utf8');
}

const HEADINGS: Record<string, keyof Reflection> = { 'what?': 'what', 'so what?': 'soWhat', 'now what?': 'nowWhat' };

/** Three sections, each starting with a line "What?", "So what?" or "Now what?" (a leading "#" is fine). */
export function parseReflection(text: string, file: string): Reflection {
  const reflection: Reflection = { what: '', soWhat: '', nowWhat: '' };
  let current: keyof Reflection | null = null;
  const seen = new Set<keyof Reflection>();
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = HEADINGS[line.replace(/^\s*#*\s*/, '').trim().toLowerCase()];
    if (heading !== undefined) {
      if (seen.has(heading)) throw new InputFileError(`${file}: the heading "${line.trim()}" appears twice.`);
      seen.add(heading);
      current = heading;
    } else if (current !== null) {
      reflection[current] += `${line}\n`;
    } else if (line.trim() !== '') {
      throw new InputFileError(`${file} must start with a line "What?", then "So what?" and "Now what?" each on its own line, with your reflection under each.`);
    }
  }
  if (current === null) throw new InputFileError(`${file} has none of the headings "What?", "So what?", "Now what?".`);
  return { what: reflection.what.trim(), soWhat: reflection.soWhat.trim(), nowWhat: reflection.nowWhat.trim() };
}

function parseMinutes(value: string | undefined): number | null {
  if (value === undefined) return null;
  const minutes = Number(value);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 6000) {
    throw new UsageError(`--time-spent is in whole minutes (e.g. --time-spent 45), not "${value}".`);
  }
  return minutes;
}
