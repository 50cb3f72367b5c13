/**
 * The appraisal PDF, printed by the audit browser from the self-contained summary HTML.
 * The page runs no script and may fetch nothing: whatever the HTML asks for is refused.
 */
import type { Browser } from 'puppeteer-core';
import { launchWithin } from '../browser/bounded-launch.ts';
import { QUIET_ARGS, runningAsRoot } from '../browser/launch-args.ts';
import { resolverLockArgs } from '../browser/resolver-lock.ts';

/** Chromium fills the pageNumber/totalPages spans; templates need their own inline font size. */
const FOOTER = `<div style="width:100%;font-family:Arial,Helvetica,sans-serif;font-size:8pt;color:#4c6272;text-align:center;">
Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

export async function renderPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      // Inline data (an embedded image or font) is not a request to anyone; everything else is refused.
      // A request that went away meanwhile (page closing) must not become an unhandled rejection.
      const done = request.url().startsWith('data:') ? request.continue() : request.abort('blockedbyclient');
      done.catch(() => undefined);
    });
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMediaType('print');
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
      margin: { top: '16mm', bottom: '18mm', left: '15mm', right: '15mm' },
      // Tagged for screen readers; the outline gives the PDF reader a table of contents from the headings.
      tagged: true,
      outline: true,
      // The HTML is fully inline: no web fonts to wait for.
      waitForFonts: false,
    });
  } finally {
    await page.close();
  }
}

/**
 * A headless browser for printing only: a throw-away profile, and no host name resolves at all
 * (an empty allow-list), so nothing can leave the machine. Unlike the audit browser it shows images,
 * in case the summary embeds one. The caller closes it with closeWithin.
 */
export async function launchPdfBrowser(executablePath: string, extraArgs: readonly string[] = [], launchTimeoutMs?: number): Promise<Browser> {
  return launchWithin({
    executablePath,
    pipe: true,
    headless: true,
    args: [...QUIET_ARGS, ...(runningAsRoot() ? ['--no-sandbox'] : []), ...resolverLockArgs([], extraArgs)],
  }, launchTimeoutMs);
}
