/** Checks a person's answers against the questions of their kind of policy: every problem, in plain words. */
import type { PolicyAnswers, PolicyData } from './model.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function answerProblems(data: PolicyData, answers: PolicyAnswers): string[] {
  const problems: string[] = [];
  const check = (questionId: string, given: string | undefined, where: string): void => {
    const question = data.questions.find((q) => q.id === questionId);
    if (question === undefined) return;
    if (given === undefined || given.trim() === '') { problems.push(`${where}: "${question.text}" is not answered (${question.id})`); return; }
    if (question.type === 'choice' && !question.options.some((o) => o.id === given)) {
      problems.push(`${where}: "${given}" is not an answer to "${question.text}" (${question.id}); choose one of ${question.options.map((o) => o.id).join(', ')}`);
    }
  };
  const asked = data.questions.filter((q) => q.for.includes(answers.kind));
  for (const question of asked.filter((q) => !q.perAccount)) check(question.id, answers.answers[question.id], 'answers');
  for (const key of Object.keys(answers.answers)) {
    if (!asked.some((q) => q.id === key && !q.perAccount)) problems.push(`answers: "${key}" is not a question of a ${answers.kind} policy`);
  }
  if (answers.accounts.length === 0) problems.push('accounts: the policy needs at least one account');
  answers.accounts.forEach((account, index) => {
    const where = `accounts[${String(index)}] (${account.label})`;
    for (const question of asked.filter((q) => q.perAccount)) check(question.id, account.answers[question.id], where);
  });
  if (!ISO_DAY.test(answers.reviewOn) || Number.isNaN(Date.parse(`${answers.reviewOn}T00:00:00Z`))) {
    problems.push(`reviewOn: "${answers.reviewOn}" is not a date written as 2027-12-03`);
  }
  return problems;
}
