/**
 * The appraisal PDF in the app: Chromium's own printing, in a hidden window that runs no script,
 * has no preload and may fetch nothing but the page it was given.
 */
import { BrowserWindow, session, type WebPreferences } from 'electron';

/** An in-memory session (no "persist:"): nothing the PDF window does is kept. */
export const PDF_PARTITION = 'chaperone-pdf';

/** Chromium refuses longer URLs (2 MB); the summary of even a large audit is far smaller. */
const MAX_URL_LENGTH = 2 * 1024 * 1024;

/** Page numbers at the foot of every page; Chromium fills in the two spans. */
export const PDF_FOOTER = '<div style="width:100%;font-size:8pt;font-family:Arial,sans-serif;text-align:center;color:#4c6272;">'
  + 'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

export function pdfWebPreferences(): WebPreferences {
  return Object.freeze({
    sandbox: true,
    contextIsolation: true,
    // The summary is static HTML built by Chaperone; with script off, nothing in it can run.
    javascript: false,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    disableBlinkFeatures: 'Auxclick',
    webgl: false,
    plugins: false,
    partition: PDF_PARTITION,
  });
}

let requestsBlocked = false;

/** The page is a data: URL and needs nothing else: every other request (a stray image or font link) is cancelled. */
function blockRequests(): void {
  if (requestsBlocked) return;
  session.fromPartition(PDF_PARTITION).webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith('data:') });
  });
  requestsBlocked = true;
}

/** Prints self-contained HTML to A4 with page numbers; the window is destroyed whatever happens. */
export async function renderPdfInHiddenWindow(html: string): Promise<Uint8Array> {
  // base64 rather than percent-encoding: a third of the length, and no character can end the URL early.
  const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  if (url.length > MAX_URL_LENGTH) throw new Error('The appraisal summary is too long to turn into a PDF. Try the text or JSON file instead.');
  blockRequests();
  // Navigation guards are installed on this window's web contents too (web-contents-created in main.ts).
  const window = new BrowserWindow({ /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK */ // set by pdfWebPreferences(), pinned by tests/unit/app/render-pdf.test.ts
    show: false,
    width: 794,
    height: 1123,
    webPreferences: pdfWebPreferences(),
  });
  try {
    await window.loadURL(url);
    const pdf = await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: PDF_FOOTER,
      // The CLI's margins (16, 18 and 15 mm; engine/appraisal/pdf.ts), in inches.
      margins: { top: 0.63, bottom: 0.71, left: 0.59, right: 0.59 },
      // Tagged for screen readers; the outline gives the PDF reader a table of contents from the headings.
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    window.destroy();
  }
}
