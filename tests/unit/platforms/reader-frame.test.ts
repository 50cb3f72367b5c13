import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { closingPages, nothingRead, strangerStep } from '../../../main/engine/platforms/read-helpers/reader-frame.ts';
import { ALL_SETTINGS } from '../../../main/engine/types.ts';
import type { ReaderContext } from '../../../main/engine/types.ts';

interface FakePage { closed: boolean; close(): Promise<void> }

function fakePage(): FakePage {
  return { closed: false, async close() { this.closed = true; await Promise.resolve(); } };
}

/** A context whose pages open when `openAfter` resolves, and whose steps fail as the test says. */
function fakeContext(openAfter: Promise<void> = Promise.resolve(), stepFails = false): { ctx: ReaderContext; opened: FakePage[] } {
  const opened: FakePage[] = [];
  const open = async (): Promise<Page> => {
    await openAfter;
    const page = fakePage();
    opened.push(page);
    return page as unknown as Page;
  };
  const ctx = {
    account: { id: 'a', platform: 'facebook', label: 'Facebook', kind: 'personal' },
    signal: new AbortController().signal,
    newPage: open,
    newStrangerPage: open,
    step: async <T>(_name: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T> => {
      if (stepFails) throw Object.assign(new Error('"step" took longer than 1 s.'), { name: 'StepTimeoutError' });
      return fn(new AbortController().signal);
    },
  } satisfies ReaderContext;
  return { ctx, opened };
}

describe('the frame every reader shares', () => {
  it('closes every page the read opened, whether it returned or threw', async () => {
    const { ctx, opened } = fakeContext();
    await closingPages(ctx, async (tracked) => { await tracked.newPage(); await tracked.newStrangerPage(); });
    await expect(closingPages(ctx, async (tracked) => { await tracked.newPage(); throw new Error('the page changed'); })).rejects.toThrow('the page changed');
    expect(opened.map((p) => p.closed)).toEqual([true, true, true]);
  });

  it('closes a page that finished opening only after the read had ended', async () => {
    let letOpen = (): void => undefined;
    const { ctx, opened } = fakeContext(new Promise((resolve) => { letOpen = resolve; }));
    let late: Promise<Page> | undefined;
    await closingPages(ctx, async (tracked) => { late = tracked.newPage(); await Promise.resolve(); });
    letOpen();
    await late;
    expect(opened.map((p) => p.closed)).toEqual([true]);
  });

  it('gives every setting, and every other item, the reason when nothing could be read', () => {
    const result = nothingRead(['is_private', 'presence_disabled'], 'challenge', { reason: 'challenge', detail: 'Confirm it is you.' });
    expect(result).toMatchObject({ session: 'challenge', sessionDetail: 'Confirm it is you.', observations: [], identity: null, stranger: null });
    expect(result.unread.map((u) => [u.setting, u.reason])).toEqual([['is_private', 'challenge'], ['presence_disabled', 'challenge'], [ALL_SETTINGS, 'challenge']]);
  });

  it('reports a stranger check that failed as not checked, with the reason in plain words', async () => {
    const { ctx } = fakeContext(Promise.resolve(), true);
    const view = await strangerStep(ctx, 'Facebook', 'https://www.facebook.com/amina', () => { throw new Error('not reached'); });
    expect(view).toMatchObject({ checked: false, url: 'https://www.facebook.com/amina', profileVisible: false });
    expect(view?.notes).toEqual(['Chaperone could not check what a stranger sees: Facebook took too long to answer.']);
  });
});
