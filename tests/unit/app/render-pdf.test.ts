/**
 * The app's appraisal PDF: printed in a hidden window that runs no script, has no preload, fetches
 * nothing but its own page and is destroyed afterwards (run against the recording stand-in for Electron).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => (await import('./fake-electron.ts')).fakeElectron());
vi.mock('electron', () => electron.module);
const { PDF_PARTITION, renderPdfInHiddenWindow } = await import('../../../main/app/render-pdf.ts');

const HTML = '<!doctype html><html><head><title>Appraisal #1</title></head><body><h1>Dr Rahman’s summary 100%</h1></body></html>';

beforeEach(() => { electron.windows.length = 0; });

describe('printing the appraisal summary in the app', () => {
  it('uses a hidden, sandboxed, isolated window with script off and no preload', async () => {
    await renderPdfInHiddenWindow(HTML);
    const [window] = electron.windows as unknown as { options: Record<string, unknown> & { webPreferences: Record<string, unknown> } }[];
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true, contextIsolation: true, javascript: false, nodeIntegration: false, webSecurity: true, partition: PDF_PARTITION,
    });
    expect(window?.options.webPreferences).not.toHaveProperty('preload');
  });

  it('loads exactly the HTML it was given as a data: URL, prints A4 with page numbers, and destroys the window', async () => {
    const pdf = await renderPdfInHiddenWindow(HTML);
    const [window] = electron.windows;
    expect(window?.url?.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(window?.url?.split(',')[1] ?? '', 'base64').toString('utf8')).toBe(HTML);
    expect(window?.webContents.printed).toEqual([expect.objectContaining({
      pageSize: 'A4', printBackground: true, displayHeaderFooter: true, footerTemplate: expect.stringContaining('class="pageNumber"') as unknown,
    })]);
    expect(window?.destroyed).toBe(true);
    expect(new TextDecoder().decode(pdf)).toMatch(/^%PDF-1\.7[\s\S]*%%EOF\n$/);
  });

  it('refuses every request except the page itself', async () => {
    await renderPdfInHiddenWindow(HTML);
    const blocker = electron.partitions.get(PDF_PARTITION)?.beforeRequest;
    const answer = (url: string): unknown => { let result: unknown; blocker?.({ url }, (r: unknown) => { result = r; }); return result; };
    expect(answer('https://tracker.example/pixel.png')).toEqual({ cancel: true });
    expect(answer('file:///etc/passwd')).toEqual({ cancel: true });
    expect(answer('data:image/png;base64,AAAA')).toEqual({ cancel: false });
  });

  it('destroys the window even when printing fails', async () => {
    const failing = renderPdfInHiddenWindow(HTML);
    const [window] = electron.windows;
    if (window !== undefined) window.webContents.printToPDF = () => Promise.reject(new Error('printing failed'));
    await expect(failing).rejects.toThrow('printing failed');
    expect(window?.destroyed).toBe(true);
  });
});
