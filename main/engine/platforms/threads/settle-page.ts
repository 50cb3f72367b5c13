import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { setAsideConsentDialog } from '../read-helpers/set-aside-dialog.ts';
import type { AxNode } from './ax-read.ts';
import { embeddedErrors, embeddedMessage, parseBlocks } from './embedded-json.ts';
import { sessionProblem } from './session-verdict.ts';
import type { LoadedPage, SessionProblem } from './session-verdict.ts';
import { CONSENT_DECLINE } from './threads-labels.ts';
import type { ThreadsTiming } from './threads-timing.ts';

export interface Settled {
  /** The address the page ended on. */
  url: string;
  blocks: unknown[];
  tree: AxNode | null;
  /** Whether what the reader waits for was drawn before the deadline. */
  ready: boolean;
}

export type SettleOutcome = { problem: SessionProblem } | { settled: Settled };

export type Readiness = 'all' | 'some' | 'none';

export interface SettleOptions {
  /** 'dialogs' on a profile, whose own text (bio, posts) is the user's and judges nothing. */
  textScope: 'page' | 'dialogs';
  /** What the page must show before it is read: true when all of it is there. */
  ready: (view: { tree: AxNode | null; blocks: unknown[]; title: string; language: string }) => Readiness | Promise<Readiness>;
}

const POLL_MS = 250;
/** Once some of what is awaited is drawn, how long the rest may take before the page is read as it is. */
const REST_GRACE_MS = 1_000;

/**
 * Opens a Threads page and watches it until what the reader expects is drawn, a problem is shown
 * (a message drawn by script after load, a redirect by script, an error in the page's data), or
 * the deadline passes. A cookie-consent dialog is set aside unanswered. Never reads at load alone.
 */
export async function openAndSettle(page: Page, url: string, signal: AbortSignal, timing: ThreadsTiming, options: SettleOptions): Promise<SettleOutcome> {
  const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timing.waitMs, signal });
  const firstUrl = page.url();
  const deadline = Date.now() + timing.controlsWaitMs;
  let someSince: number | null = null;
  for (;;) {
    signal.throwIfAborted();
    const view = await look(page, options.textScope);
    if (view !== null) {
      const status = page.url() === firstUrl ? response?.status() ?? null : null;
      const loaded: LoadedPage = { url: page.url(), status, message: embeddedMessage(view.blocks), text: view.text, errors: embeddedErrors(view.blocks) };
      const problem = sessionProblem(loaded);
      if (problem !== null) return { problem };
      const tree = (await page.accessibility.snapshot({ interestingOnly: false }).catch(() => null)) as AxNode | null;
      const ready = await options.ready({ tree, blocks: view.blocks, title: view.title, language: view.language });
      if (ready === 'some') someSince ??= Date.now();
      const now = Date.now();
      if (ready === 'all' || now >= deadline || (someSince !== null && now - someSince >= REST_GRACE_MS)) {
        return { settled: { url: page.url(), blocks: view.blocks, tree, ready: ready !== 'none' } };
      }
    }
    await sleep(POLL_MS, undefined, { signal });
  }
}

interface View { text: string; title: string; language: string; blocks: unknown[] }

/** The page as it is now; null while it is between documents (a redirect by script). */
async function look(page: Page, scope: SettleOptions['textScope']): Promise<View | null> {
  try {
    // Answering a cookie dialog would record a choice with the account: it is set aside unanswered.
    await setAsideConsentDialog(page, CONSENT_DECLINE);
    const raw = await page.evaluate((dialogsOnly: boolean) => {
      const parts = dialogsOnly
        ? [...document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"], [role="alert"], dialog')].map((el) => el.innerText)
        : [document.body.innerText];
      return {
        text: parts.join('\n'), title: document.title, language: document.documentElement.lang,
        blocks: [...document.querySelectorAll('script[type="application/json"]')].map((script) => script.textContent),
      };
    }, scope === 'dialogs');
    return { text: raw.text, title: raw.title, language: raw.language, blocks: parseBlocks(raw.blocks) };
  } catch (error) {
    if (error instanceof Error && /context was destroyed|navigat|detached|Cannot find context/i.test(error.message)) return null;
    throw error;
  }
}
