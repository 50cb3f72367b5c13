/** CHAPERONE_BROWSER_ARGS is split as a POSIX shell splits words (issue 11), with no expansions. */
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes.ts';
import { splitArgs } from '../../../main/cli/split-args.ts';
import { main } from '../../../main/cli.ts';

describe('splitting CHAPERONE_BROWSER_ARGS as a shell would', () => {
  it.each<[string, string[]]>([
    ['--a\\ b', ['--a b']],
    ['--a\\\\ b', ['--a\\', 'b']],
    ["--a 'b c'", ['--a', 'b c']],
    ['--a="b c" d', ['--a=b c', 'd']],
    ["--x='it'\\''s'", ["--x=it's"]],
    ['"a\\"b" \'a\\"b\' a\\"b', ['a"b', 'a\\"b', 'a"b']],
    ['"a\\\\b" "a\\b" a\\\\b', ['a\\b', 'a\\b', 'a\\b']],
    ['"\\$x" \'$x\' \\$x "\\`"', ['$x', '$x', '$x', '`']],
    ['"" \'\' x', ['', '', 'x']],
    ['a\\\nb "c\\\nd"', ['ab', 'cd']],
    ['a"b c"d\'e f\'g', ['ab cde fg']],
    ['\t--a\t--b  \n', ['--a', '--b']],
    ['--a\\', ['--a\\']],
    ["--a='b\\'", ['--a=b\\']],
    ['--host-resolver-rules="MAP x.com 127.0.0.1:8443, MAP * ~NOTFOUND"', ['--host-resolver-rules=MAP x.com 127.0.0.1:8443, MAP * ~NOTFOUND']],
    ['--lang=el\\ GR "--name=张 医生"', ['--lang=el GR', '--name=张 医生']],
    ['   ', []],
    ['', []],
  ])('%j', (text, words) => {
    expect(splitArgs(text)).toEqual(words);
  });

  it.each([
    ['--a="b', '"'],
    ["--a='b", "'"],
    ['--a="b\\"', '"'],
    ["--a='b\\'c'", "'"],
  ])('refuses %j, whose %s quote is never closed', (text, quote) => {
    expect(() => splitArgs(text)).toThrow(`CHAPERONE_BROWSER_ARGS has an unclosed ${quote} quote`);
  });
});

describe('an unclosed quote on the command line', () => {
  it('is a usage error that says which quote and where', async () => {
    let err = '';
    const code = await main(['audit', '--name', 'Amina Rahman', '--account', 'x:personal:Personal X'],
      { CHAPERONE_BROWSER_ARGS: "--a=b --lang='en GB" }, { out: () => undefined, err: (t) => { err += t; } }, new AbortController().signal);
    expect(code).toBe(EXIT.usage);
    expect(err).toContain("CHAPERONE_BROWSER_ARGS has an unclosed ' quote (at: 'en GB). Close it, or put a backslash before it to keep it as a character.");
  });
});
