/**
 * Control characters from platform text and labels (issue 11) never reach the terminal or the
 * exported text raw: ESC, NUL, CR, C1 controls and bidi overrides become U+FFFD; newlines, tabs and
 * the letters of every script are left as they are.
 */
import { describe, expect, it } from 'vitest';
import { progressPrinter } from '../../../main/cli/progress-printer.ts';
import { buildAppraisal } from '../../../main/engine/appraisal/build.ts';
import { appraisalHtml } from '../../../main/engine/appraisal/html.ts';
import { appraisalText } from '../../../main/engine/appraisal/text.ts';
import { plainText } from '../../../main/engine/report/plain-text.ts';
import { reportToText } from '../../../main/engine/report/summary-text.ts';
import type { StoredAudit } from '../../../main/shared/api-contract.ts';
import { demoAudit, input } from '../appraisal/fixtures.ts';

/** What a hostile or broken profile might hold: clear screen, colour, NUL, a C1 CSI, CR, and right-to-left overrides. */
const NASTY = 'Dr\u001b[2J\u001b[31m A\u0000mina\u009b1m\r Evil\u202Elanigiro\u202C \u2066x\u2069';
/** Any control but tab and newline, or a bidi embedding, override or isolate. */
const UNSAFE = /(?![\t\n])\p{Cc}|[\u202a-\u202e\u2066-\u2069]/u;

describe('plainText', () => {
  it('replaces each control character and bidi override with a visible U+FFFD', () => {
    expect(plainText(NASTY)).toBe('Dr\uFFFD[2J\uFFFD[31m A\uFFFDmina\uFFFD1m\uFFFD Evil\uFFFDlanigiro\uFFFD \uFFFDx\uFFFD');
  });

  it('keeps newlines and tabs, and turns CRLF into a newline', () => {
    expect(plainText('a\tb\nc\r\nd')).toBe('a\tb\nc\nd');
  });

  it.each([
    ['Chinese', '张医生的账号'],
    ['Arabic, with a right-to-left mark', 'د. أحمد\u200F (عيادة)'],
    ['Greek', 'Δρ. Παπαδόπουλος'],
    ['an emoji family joined by ZWJ, and a flag', '👩\u200D⚕️ 👨\u200D👩\u200D👧 🇬🇧'],
    ['Persian with a zero-width non-joiner', 'می\u200Cخواهم'],
    ['Hindi', 'डॉ. शर्मा'],
  ])('leaves %s as it is', (_name, text) => {
    expect(plainText(text)).toBe(text);
  });
});

/** The demo audit with the nasty text as a label, a session detail and a stranger note. */
function nastyAudit(): StoredAudit {
  const audit = demoAudit();
  const [first] = audit.report.audit.accounts;
  if (first === undefined) throw new Error('no account');
  first.account.label = NASTY;
  first.sessionDetail = `Signed out: ${NASTY}`;
  first.session = 'signed-out';
  first.error = `Problem: ${NASTY}`;
  audit.report.profile.registeredName = `Amina ${NASTY}`;
  return audit;
}

describe('the summary the CLI prints', () => {
  it('shows the label and details with their controls replaced', () => {
    const text = reportToText(nastyAudit().report);
    expect(text).not.toMatch(UNSAFE);
    expect(text).toContain(`== ${plainText(NASTY)} (X (Twitter), personal)`);
    expect(text).toContain(`   Problem: Problem: ${plainText(NASTY)}`);
  });
});

describe('the progress lines', () => {
  it('print labels and problems with their controls replaced', () => {
    let err = '';
    const print = progressPrinter({ out: () => undefined, err: (t) => { err += t; } }, [{ id: 'a', platform: 'x', label: NASTY, kind: 'personal' }]);
    print({ type: 'step-started', accountId: 'a', step: 'Opening X settings', at: '' });
    print({
      type: 'account-finished', accountId: 'a', label: NASTY, score: null, coverage: 0, error: NASTY, at: '',
      counts: { pass: 0, fail: 0, unknown: 0, manual: 0, 'not-applicable': 0 },
    });
    expect(err).not.toMatch(UNSAFE);
    expect(err).toContain(`  [${plainText(NASTY)}] Opening X settings…\n`);
    expect(err).toContain(`  [${plainText(NASTY)}] done, with a problem: ${plainText(NASTY)}\n`);
  });
});

describe('the appraisal exports', () => {
  const summary = buildAppraisal(input({
    audit: nastyAudit(),
    reflection: { what: `I looked.\r\nThen:\t${NASTY}`, soWhat: '', nowWhat: '' },
  }));

  it('plain text has no control characters but keeps its lines', () => {
    const text = appraisalText(summary);
    expect(text).not.toMatch(UNSAFE);
    expect(text).toContain('I looked.\nThen: Dr\uFFFD[2J');
    expect(text).toContain(`- ${plainText(NASTY).slice(0, 20)}`);
  });

  it('the HTML the PDF is printed from has no bidi override to reorder the text', () => {
    const html = appraisalHtml(summary);
    expect(html).not.toMatch(UNSAFE);
    expect(html).toContain('Evil\uFFFDlanigiro\uFFFD');
  });
});
