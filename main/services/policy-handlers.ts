/**
 * The social media policy in the app (issue 15): the questions and the answers kept so far, the
 * policy written from them (with the person's details and latest audit), its review date as a
 * calendar file, and the policy saved as Markdown, Word (DOCX) or PDF through the save dialog.
 */
import { loadChecklists } from '../engine/checklist/load.ts';
import { buildPolicy } from '../engine/policy/build.ts';
import { answerProblems } from '../engine/policy/answers.ts';
import { loadPolicy } from '../engine/policy/load.ts';
import { policySeal, sealedPolicyDocx, sealedPolicyMarkdown } from '../engine/policy/exports.ts';
import { policyHtml } from '../engine/policy/html.ts';
import { sealPdf } from '../engine/appraisal/seal.ts';
import type { PolicyAnswers, PolicyDocument } from '../engine/policy/model.ts';
import { buildCalendar } from '../engine/calendar/ics.ts';
import type { StoreData } from '../engine/store/model.ts';
import type { PolicyDraft, StoredPolicy, StoredPolicyAnswers } from '../shared/api-contract.ts';
import { dayIso, localDay, nextDay, type CalendarDay } from '../shared/next-audit.ts';
import { PLATFORM_NAMES } from '../shared/platforms.ts';
import { ApiError } from './api-error.ts';
import type { HandlerDeps } from './deps.ts';
import type { Handlers } from './handler-table.ts';

type PolicyHandlers = Pick<Handlers, 'policy:get' | 'policy:save' | 'policy:preview' | 'policy:saveReminder' | 'policy:export'>;

export const POLICY_REMINDER_TITLE = 'Chaperone: review your social media policy';
export const POLICY_REMINDER_DESCRIPTION = 'It is time to review your social media policy. Open Chaperone on your computer, select "Social media policy" '
  + 'and answer the questions again: your answers from last time are offered, so you only change what has changed. Then save the new policy.';
export const NOT_WRITTEN = 'You have not written a policy yet. Answer the questions, then select "Write my policy" on Check your answers.';
const ALARM_HOURS = 9;

const EXTENSIONS = { markdown: 'md', docx: 'docx', pdf: 'pdf' } as const;

/**
 * The answers as the policy uses them: one entry for every account in Chaperone now that the policy
 * covers (not one the person left out), with its name and use as they are now (a renamed account
 * keeps its answers), empty answers for an account added since, and none for an account removed since.
 */
export function currentAnswers(answers: StoredPolicyAnswers, data: Pick<StoreData, 'accounts'>): StoredPolicyAnswers {
  const leftOut = answers.leftOut ?? [];
  return {
    ...answers,
    accounts: data.accounts.filter((account) => !leftOut.includes(account.id)).map((account) => ({
      accountId: account.id, label: account.label, platform: account.platform, kind: account.kind,
      answers: answers.accounts.find((a) => a.accountId === account.id)?.answers ?? {},
    })),
  };
}

/** PolicyAnswers exactly as the engine and the CLI's answers file know them (no account ids). */
function engineAnswers(answers: StoredPolicyAnswers): PolicyAnswers {
  return { ...answers, accounts: answers.accounts.map(({ label, platform, kind, answers: a }) => ({ label, platform, kind, answers: a })) };
}

/** Only what was answered: an empty answer is no answer. */
function answered(record: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value.trim() !== ''));
}

export function policyHandlers(deps: HandlerDeps): PolicyHandlers {
  const { store } = deps;
  const today = (): string => dayIso(localDay(deps.now()));

  /** The policy as last written, built now from its answers, the details and the latest audit. */
  const written = async (): Promise<PolicyDocument> => {
    const data = store.read();
    const saved = data.policy;
    if (saved?.written == null || saved.writtenOn === null) throw new ApiError(NOT_WRITTEN);
    if (data.profile === null) throw new ApiError('Chaperone needs your details (name, profession and regulator) to write your policy. Add them in Settings.');
    const [{ data: policyData, publishers, guidanceVersion }, checklists] = await Promise.all([loadPolicy(deps.checklistDir), loadChecklists(deps.checklistDir)]);
    const latest = [...data.history].sort((a, b) => a.report.audit.startedAt.localeCompare(b.report.audit.startedAt)).at(-1) ?? null;
    return buildPolicy({
      data: policyData, publishers, profile: data.profile, answers: engineAnswers(currentAnswers(saved.written, data)), audit: latest,
      writtenOn: saved.writtenOn, checklistVersion: `policy@${policyData.version} guidance@${guidanceVersion}`,
      // The checklists' names ("X (Twitter)"); for a platform with no checklist yet, the name the app shows.
      platformNames: { ...PLATFORM_NAMES, ...Object.fromEntries(checklists.platforms.map((p) => [p.platform.id, p.platform.name])) },
    });
  };

  return {
    'policy:get': async () => {
      const { data: policyData } = await loadPolicy(deps.checklistDir);
      const data = store.read();
      return { questions: policyData.questions, sections: policyData.sections, saved: data.policy ?? null, accounts: data.accounts };
    },

    'policy:save': async ({ draft, complete }) => {
      const { data: policyData } = await loadPolicy(deps.checklistDir);
      const data = store.read();
      const answers = toStored(draft, data);
      if (complete) {
        const problems = answerProblems(policyData, engineAnswers(currentAnswers(answers, data)));
        if (problems.length > 0) throw new ApiError(`Your policy was not written: ${problems.length === 1 ? 'one question is' : `${String(problems.length)} questions are`} not answered yet (${problems.join('; ')}).`);
      }
      const saved = await store.update((d) => {
        const now = deps.now().toISOString();
        const policy: StoredPolicy = complete
          // Written: kept as the policy, and offered again at the next review; nothing is under way now.
          ? { answers: null, savedAt: now, written: currentAnswers(answers, d), writtenOn: today() }
          : { answers, savedAt: now, written: d.policy?.written ?? null, writtenOn: d.policy?.writtenOn ?? null };
        return { ...d, policy };
      });
      if (saved.policy === undefined) throw new Error('The policy was not kept.');
      return saved.policy;
    },

    'policy:preview': written,

    'policy:saveReminder': async () => {
      const policy = await written();
      const [year, month, day] = policy.reviewOn.split('-').map(Number);
      const due: CalendarDay = { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
      const now = deps.now();
      // A review date already past would never reach the person: the reminder is for tomorrow.
      const overdue = policy.reviewOn <= dayIso(localDay(now));
      const when = overdue ? nextDay(localDay(now)) : due;
      const text = buildCalendar({
        stamp: now,
        events: [{ uid: `${deps.newId()}@chaperone.invalid`, day: when, title: POLICY_REMINDER_TITLE, description: POLICY_REMINDER_DESCRIPTION, alarmHoursIntoDay: ALARM_HOURS }],
      });
      const path = await deps.saveFile(`social-media-policy-review-${dayIso(when)}.ics`, text);
      return path === null ? null : { path, day: dayIso(when), overdue };
    },

    'policy:export': async ({ format }) => {
      const policy = await written();
      // Each format sealed as the appraisal summary is (engine/policy/exports.ts), so `chaperone verify` can check it.
      const seal = policySeal(policy, deps.now());
      const content = format === 'markdown' ? sealedPolicyMarkdown(policy, seal)
        : format === 'docx' ? await sealedPolicyDocx(policy, seal)
          : sealPdf(await deps.renderPdf(policyHtml(policy, seal.fingerprint)), seal);
      const path = await deps.saveFile(`social-media-policy-${policy.writtenOn}.${EXTENSIONS[format]}`, content);
      return path === null ? null : { path };
    },
  };
}

/** The draft as kept: each account's details added from Chaperone's own list; unanswered questions left out. */
function toStored(draft: PolicyDraft, data: StoreData): StoredPolicyAnswers {
  const accounts = draft.accounts.map(({ accountId, answers }) => {
    const account = data.accounts.find((a) => a.id === accountId);
    if (account === undefined) throw new ApiError('One of the accounts in your answers is no longer in Chaperone. Open the policy again to see your accounts as they are now.');
    return { accountId, label: account.label, platform: account.platform, kind: account.kind, answers: answered(answers) };
  });
  const leftOut = (draft.leftOut ?? []).filter((id) => data.accounts.some((a) => a.id === id));
  return { kind: draft.kind, answers: answered(draft.answers), accounts, ...(leftOut.length === 0 ? {} : { leftOut }), reviewOn: draft.reviewOn };
}
