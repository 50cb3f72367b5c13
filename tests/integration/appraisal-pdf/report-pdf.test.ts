/**
 * `chaperone report` on the demo audit, in real Chromium, checked the way a reader would: the PDF's
 * text extracted with pdftotext, its page size with pdfinfo, page 1 turned into a PNG (kept in
 * reports/appraisal/ for a person to look at), and `chaperone verify` on the file and a tampered copy.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { runCli } from '../../support/run-cli.ts';

const exec = promisify(execFile);
const DEMO = 'renderer/example/demo-audit.json';
const PNG_DIR = resolve('reports/appraisal');
const SECRETS = ['auth_token', 'ct0', '/profiles/', 'amina_runs', 'DrAminaRahmanGP'];
const HEADINGS = [
  'Scope', 'Method and limits', 'Results', 'What was fixed', 'What is left to do', 'Reflective note', 'Declaration',
];
const REFLECTION = `What?
I audited my two X accounts with Chaperone.

So what?
My personal posts were public, which my regulator's guidance warns about.

Now what?
I protected my posts and will audit again next year.
`;


async function pdfText(file: string): Promise<string> {
  return (await exec('pdftotext', ['-layout', file, '-'])).stdout;
}

describe('chaperone report --pdf: the appraisal summary of the demo audit', () => {
  let dir = '';
  let pdf = '';
  let text = '';
  let json = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chaperone-appraisal-pdf-'));
    [pdf, text, json] = [join(dir, 'summary.pdf'), join(dir, 'summary.txt'), join(dir, 'summary.json')];
    const reflection = join(dir, 'reflection.txt');
    await writeFile(reflection, REFLECTION);
    const result = await runCli([
      'report', '--from', DEMO, '--reflection', reflection, '--time-spent', '45', '--declare-no-patient-info',
      '--pdf', pdf, '--text', text, '--json', json,
    ]);
    expect(result.err).toContain('Appraisal PDF written to');
    expect(result.code).toBe(EXIT.ok);
  }, 60_000);

  it('is an A4 PDF with searchable text: every section, the reflection and page numbers', async () => {
    const info = (await exec('pdfinfo', [pdf])).stdout;
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    const words = await pdfText(pdf);
    for (const heading of HEADINGS) expect(words, heading).toContain(heading);
    expect(words).toContain('Amina Rahman');
    expect(words).toContain('My personal posts were public');
    expect(words).toMatch(/Page 1 of \d+/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(words).toContain(`Page ${String(pages)} of ${String(pages)}`);
  });

  it('is small enough to upload to any portfolio (under 500 kB)', async () => {
    expect((await stat(pdf)).size).toBeLessThan(500_000);
  });

  it('turns page 1 into a picture for a person to look at', async () => {
    await mkdir(PNG_DIR, { recursive: true });
    // -singlefile: no page number in the name, which pdftoppm pads to the page count's width.
    await exec('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(PNG_DIR, 'demo-page-1')]);
    const png = await readFile(join(PNG_DIR, 'demo-page-1.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('chaperone verify accepts each untouched export and rejects a copy with one changed byte', async () => {
    for (const file of [pdf, text, json]) {
      const ok = await runCli(['verify', file]);
      expect(ok.code, file).toBe(EXIT.ok);
      expect(ok.out).toMatch(/^Fingerprint matches: this file has not changed since it was sealed\.\n.*cannot prove who made the file or when\.\nDate written in the file: \d+ \w+ \d{4} at \d\d:\d\d UTC\. Content fingerprint: [0-9a-f]{16}…\n$/);
    }
    const bytes = await readFile(pdf);
    const tampered = join(dir, 'tampered.pdf');
    bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] ?? 0) ^ 0x20;
    await writeFile(tampered, bytes);
    const bad = await runCli(['verify', tampered]);
    expect(bad.code).toBe(EXIT.findings);
    expect(bad.out).toBe('Fingerprint does not match: this file has changed since it was sealed.\n');
  });

  it('no cookie, token, profile path or hidden handle appears in any export', async () => {
    const exports = { pdf: await pdfText(pdf), text: await readFile(text, 'utf8'), json: await readFile(json, 'utf8') };
    for (const [kind, content] of Object.entries(exports)) {
      for (const secret of SECRETS) expect(content.includes(secret), `${secret} in the ${kind} export`).toBe(false);
    }
  });

  it('shows the handles only when asked; compares with --previous, else says it is a first audit', async () => {
    const shown = join(dir, 'with-handles.txt');
    expect((await runCli(['report', '--from', DEMO, '--declare-no-patient-info', '--show-handles', '--text', shown])).code).toBe(EXIT.ok);
    expect(await readFile(shown, 'utf8')).toContain('amina_runs');
    expect(await readFile(text, 'utf8')).toMatch(/first audit/i);
    const compared = join(dir, 'compared.txt');
    expect((await runCli(['report', '--from', DEMO, '--previous', DEMO, '--declare-no-patient-info', '--text', compared])).code).toBe(EXIT.ok);
    expect(await readFile(compared, 'utf8')).toMatch(/Compared with your audit of 25 November 2026: 0 got worse, 0 improved/);
  });

  it('refuses to make a summary until the user declares it holds no patient information', async () => {
    const result = await runCli(['report', '--from', DEMO, '--pdf', join(dir, 'no.pdf')]);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain('--declare-no-patient-info');
  });
});

describe('renderPdf: the print page runs no script and reaches nothing', () => {
  it('prints the HTML without running its script or fetching what it asks for', async () => {
    const { createServer } = await import('node:http');
    const { launchPdfBrowser, renderPdf } = await import('../../../main/engine/appraisal/pdf.ts');
    const { chooseBrowser, systemBrowserInputs } = await import('../../../main/engine/browser/find-browsers.ts');
    let hits = 0;
    const server = createServer((_req, res) => { hits += 1; res.end('x'); });
    await new Promise<void>((done) => { server.listen(0, '127.0.0.1', done); });
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const browser = await launchPdfBrowser(chooseBrowser(systemBrowserInputs()).executablePath);
    try {
      const dir = await mkdtemp(join(tmpdir(), 'chaperone-render-pdf-'));
      const file = join(dir, 'self-made.pdf');
      const url = `http://127.0.0.1:${String(port)}`;
      await writeFile(file, await renderPdf(browser, `<!doctype html><html><head><link rel="stylesheet" href="${url}/a.css"></head>
<body><h1>Self-made heading</h1><img src="${url}/b.png" alt=""><script>document.body.append('SCRIPT RAN')</script></body></html>`));
      const words = await pdfText(file);
      expect(words).toContain('Self-made heading');
      expect(words).not.toContain('SCRIPT RAN');
      expect(hits).toBe(0);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
