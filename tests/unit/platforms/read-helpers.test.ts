import { describe, expect, it } from 'vitest';
import { reasonForFailure } from '../../../main/engine/platforms/read-helpers/failure-reason.ts';
import { firstOf } from '../../../main/engine/platforms/read-helpers/first-of.ts';
import { isEnglishLanguage } from '../../../main/engine/platforms/read-helpers/page-locale.ts';

const live = new AbortController().signal;

describe('page language', () => {
  it('accepts English variants only', () => {
    expect(['en', 'en-GB', 'EN-us', 'en_GB'].map(isEnglishLanguage)).toEqual([true, true, true, true]);
    expect(['cy', 'fr', 'eng-x', ''].map(isEnglishLanguage)).toEqual([false, false, false, false]);
    expect(isEnglishLanguage(null)).toBe(false);
  });
});

describe('why a step failed', () => {
  it('tells cancellation, timeouts, network and browser failures apart', () => {
    const cancelled = new AbortController();
    cancelled.abort();
    expect(reasonForFailure(new Error('whatever'), cancelled.signal, 'X').reason).toBe('cancelled');
    const stepTimeout = Object.assign(new Error('"Opening X settings" took longer than 30 s.'), { name: 'StepTimeoutError' });
    expect(reasonForFailure(stepTimeout, live, 'X').reason).toBe('timeout');
    expect(reasonForFailure(Object.assign(new Error('Waiting failed: 20000ms exceeded'), { name: 'TimeoutError' }), live, 'X').reason).toBe('timeout');
    expect(reasonForFailure(new Error('net::ERR_CONNECTION_REFUSED at https://x.com/'), live, 'X')).toEqual({ reason: 'network-error', detail: 'X could not be reached.' });
    expect(reasonForFailure(new Error('Target closed'), live, 'X').reason).toBe('browser-failed');
  });
});

describe('first of several outcomes', () => {
  it('resolves with the first success and cancels the rest', async () => {
    let slowCancelled = false;
    const result = await firstOf(live, [
      (s) => new Promise<string>((_resolve, reject) => { s.addEventListener('abort', () => { slowCancelled = true; reject(new Error('cancelled')); }); }),
      () => Promise.resolve('fast'),
    ]);
    expect(result).toBe('fast');
    expect(slowCancelled).toBe(true);
  });

  it('ignores a failure when another waiter succeeds later', async () => {
    const result = await firstOf(live, [
      () => Promise.reject(new Error('no settings data')),
      () => new Promise<string>((resolve) => { setImmediate(() => { resolve('login page'); }); }),
    ]);
    expect(result).toBe('login page');
  });

  it('rejects with the first error when every waiter fails', async () => {
    await expect(firstOf(live, [() => Promise.reject(new Error('one')), () => Promise.reject(new Error('two'))])).rejects.toThrow('one');
  });
});
