import type { HTTPResponse, Page } from 'puppeteer-core';

/** A response the page's own app received, reduced to what a reader may keep. */
export interface CapturedResponse {
  url: string;
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** Body text; empty when the browser could not give it (see bodyRead). */
  body: string;
  /**
   * False when the browser no longer had the body: redirects, and a page that navigated away
   * straight after the answer (X's app does so after a refusal), which takes the body with it.
   */
  bodyRead: boolean;
}

export interface WaitOptions {
  signal: AbortSignal;
  timeoutMs: number;
}

export type ResponseMatch = (url: URL, method: string) => boolean;

/**
 * Waits for the first response the page receives that `match` accepts, passively: the page's
 * own requests, unchanged. Call it before the navigation that triggers the request.
 */
export async function waitForCapturedResponse(
  page: Page, match: ResponseMatch, options: WaitOptions,
): Promise<CapturedResponse> {
  const response = await page.waitForResponse(
    (candidate) => matches(candidate, match),
    { timeout: options.timeoutMs, signal: options.signal },
  );
  return captureResponse(response);
}

export async function captureResponse(response: HTTPResponse): Promise<CapturedResponse> {
  const captured = { url: response.url(), status: response.status(), headers: response.headers() };
  try {
    return { ...captured, body: await response.text(), bodyRead: true };
  } catch {
    return { ...captured, body: '', bodyRead: false };
  }
}

function matches(response: HTTPResponse, match: ResponseMatch): boolean {
  try {
    return match(new URL(response.url()), response.request().method());
  } catch {
    return false;
  }
}
