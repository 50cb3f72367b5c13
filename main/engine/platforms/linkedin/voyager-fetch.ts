import type { Page } from 'puppeteer-core';
import { parseJson } from '../read-helpers/json.ts';

/** The Voyager answers the reader may ask for itself, read only (GET), as LinkedIn's own app asks. */
const REQUESTS = {
  me: '/voyager/api/me',
  privacy: '/voyager/api/identity/dash/profilePrivacySettings?decorationId=com.linkedin.voyager.dash.deco.identity.profile.PrivacySettings-9',
} as const;

/**
 * Asks Voyager from inside a LinkedIn page, with the page's cookies and the headers LinkedIn's app
 * sends (csrf-token = JSESSIONID without quotes, Rest.li 2.0.0, normalized JSON). Null when the
 * answer is not a successful JSON body.
 */
export async function fetchVoyager(page: Page, what: keyof typeof REQUESTS): Promise<unknown> {
  const answer = await page.evaluate(async (request) => {
    const token = /(?:^|; )JSESSIONID="?([^";]*)"?/.exec(document.cookie)?.[1] ?? '';
    const r = await fetch(request, { credentials: 'include', headers: {
      'csrf-token': token, 'x-restli-protocol-version': '2.0.0', accept: 'application/vnd.linkedin.normalized+json+2.1',
    } });
    return { status: r.status, text: await r.text() };
  }, REQUESTS[what]).catch(() => null);
  return answer?.status === 200 ? parseJson(answer.text) : null;
}
