/** The text export's wrapping: no line past the width, even for a word longer than a line (issue 11). */
import { describe, expect, it } from 'vitest';
import { TEXT_WIDTH, wrap } from '../../../main/engine/appraisal/wrap.ts';

const characters = (line: string): number => [...new Intl.Segmenter('en').segment(line)].length;

describe('wrapping the plain-text export', () => {
  it('breaks a 3,000-character word into full lines and loses none of it', () => {
    const word = 'abcdefghij'.repeat(300);
    const lines = wrap(`Action taken: ${word} done.`, '  ', '    ');
    expect(lines.filter((l) => l.length > TEXT_WIDTH)).toEqual([]);
    expect(lines[0]).toBe('  Action taken:');
    expect(lines.slice(1, -1).every((l) => l.length === TEXT_WIDTH)).toBe(true);
    expect(lines.map((l) => l.trim()).join('')).toBe(`Action taken:${word} done.`);
  });

  it('never splits an emoji with its joiners, and counts it as one character', () => {
    const doctor = '👩\u200D⚕️';
    const lines = wrap(doctor.repeat(45), '', '', 20);
    expect(lines).toEqual([doctor.repeat(20), doctor.repeat(20), doctor.repeat(5)]);
    expect(lines.every((l) => characters(l) <= 20)).toBe(true);
  });

  it('still moves a word that fits on a line of its own to the next line, whole', () => {
    expect(wrap(`Fingerprint (SHA-256): ${'a'.repeat(64)}`)).toEqual(['Fingerprint (SHA-256):', 'a'.repeat(64)]);
    expect(wrap('one two three', '- ', '  ', 9)).toEqual(['- one two', '  three']);
  });
});
