import type { Page } from 'puppeteer-core';
import { isPlainObject, parseJson } from '../read-helpers/json.ts';

/** One Voyager answer LinkedIn embedded in the page. */
export interface Datalet {
  /** The request it answers, as an absolute URL on www.linkedin.com. */
  url: URL;
  status: number;
  body: unknown;
}

export interface RawCodeBlock { id: string; text: string }

/** The hidden `<code>` blocks of a LinkedIn page (their text, entities already decoded). */
export async function readCodeBlocks(page: Page): Promise<RawCodeBlock[]> {
  return page.evaluate(() => [...document.querySelectorAll('code[id]')]
    .filter((code) => code.id.includes('bpr-guid-'))
    .map((code) => ({ id: code.id, text: code.textContent })));
}

/**
 * Pairs each `datalet-bpr-guid-N` (request, status, body id) with the block holding the body.
 * Blocks that do not parse are skipped: they cannot be told apart from other page data.
 */
export function parseDatalets(blocks: readonly RawCodeBlock[]): Datalet[] {
  const byId = new Map(blocks.map((b) => [b.id, b.text]));
  const datalets: Datalet[] = [];
  for (const block of blocks) {
    if (!block.id.startsWith('datalet-')) continue;
    const meta = parseJson(block.text);
    if (!isPlainObject(meta) || typeof meta.request !== 'string' || typeof meta.body !== 'string') continue;
    const bodyText = byId.get(meta.body);
    const body = bodyText === undefined ? null : parseJson(bodyText);
    if (body === null || !URL.canParse(meta.request, 'https://www.linkedin.com')) continue;
    datalets.push({ url: new URL(meta.request, 'https://www.linkedin.com'), status: typeof meta.status === 'number' ? meta.status : 200, body });
  }
  return datalets;
}

/** The first successful datalet answering a request `match` accepts. */
export function findDatalet(datalets: readonly Datalet[], match: (url: URL) => boolean): Datalet | null {
  return datalets.find((d) => d.status === 200 && match(d.url)) ?? null;
}
