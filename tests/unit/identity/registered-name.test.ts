import { describe, expect, it } from 'vitest';
import { parseName, registeredNameShown } from '../../../main/engine/identity/index.ts';
import { profile } from './profiles.ts';

const AMINA = 'Amina Rahman';
const inDisplayName = (displayName: string, registered = AMINA): ReturnType<typeof registeredNameShown> =>
  registeredNameShown(profile({ displayName }), registered);

describe('is the registered name shown', () => {
  it.each([
    ['plain', 'Amina Rahman', AMINA, 'Amina Rahman'],
    ['with title and post-nominals', 'Dr Amina Rahman MBChB MRCP', AMINA, 'Amina Rahman'],
    ['in capitals', 'AMINA RAHMAN', AMINA, 'AMINA RAHMAN'],
    ['in lower case', 'amina rahman', AMINA, 'amina rahman'],
    ['run together in camel case', 'AminaRahman', AMINA, 'AminaRahman'],
    ['with the first initial', 'Dr A. Rahman', AMINA, 'A. Rahman'],
    ['with the first initial, no dot', 'Dr A Rahman FRCS', AMINA, 'A Rahman'],
    ['with a middle initial', 'Amina B. Rahman', AMINA, 'Amina B. Rahman'],
    ['with two initials', 'Dr A. B. Rahman', AMINA, 'A. B. Rahman'],
    ['with an unregistered middle name', 'Amina Begum Rahman', AMINA, 'Amina Begum Rahman'],
    ['by a registered middle name', 'Dr Begum Rahman', 'Amina Begum Rahman', 'Begum Rahman'],
    ['surname first with a comma', 'Rahman, Amina', AMINA, 'Rahman, Amina'],
    ['surname first in capitals', 'RAHMAN Amina', AMINA, 'RAHMAN Amina'],
    ['without accents when registered with them', 'Dr Zoe Lefevre', 'Zoë Lefèvre', 'Zoe Lefevre'],
    ['with accents when registered without them', 'Zoë Lefèvre', 'Zoe Lefevre', 'Zoë Lefèvre'],
    ['a double-barrelled surname with a space', 'Emma Smith Jones', 'Emma Smith-Jones', 'Emma Smith Jones'],
    ['a double-barrelled surname run together', 'Emma SmithJones', 'Emma Smith-Jones', 'Emma SmithJones'],
    ['a hyphenated surname when registered with a space', 'Emma Smith-Jones', 'Emma Smith Jones', 'Emma Smith-Jones'],
    ['an apostrophe dropped', 'Siobhan OBrien', "Siobhán O'Brien", 'Siobhan OBrien'],
    ['a curly apostrophe', 'Siobhán O’Brien', "Siobhan O'Brien", 'Siobhán O’Brien'],
    ['a surname with particles', 'Dr Jan Van Der Berg', 'Jan van der Berg', 'Jan Van Der Berg'],
    ['a hyphenated first name', 'Mary-Jane Watts', 'Mary-Jane Watts', 'Mary-Jane Watts'],
    ['styled Unicode letters', '𝐀𝐦𝐢𝐧𝐚 𝐑𝐚𝐡𝐦𝐚𝐧', AMINA, 'Amina Rahman'],
    ['a registered name given surname first', 'Amina Rahman', 'Rahman, Amina', 'Amina Rahman'],
    ['a one-word registered name', 'Dr Sukarno', 'Sukarno', 'Sukarno'],
  ])('shown: %s', (_label, displayName, registered, matched) => {
    expect(inDisplayName(displayName, registered)).toEqual({ shown: true, where: 'displayName', matched });
  });

  it.each([
    ['the surname only, with a title', 'Dr Rahman', AMINA],
    ['the first name only', 'Dr Amina', AMINA],
    ['a different first name', 'Aminah Rahman', AMINA],
    ['a longer surname', 'Amina Rahmani', AMINA],
    ['a nickname', 'Mina Rahman', AMINA],
    ['another surname (not on the register)', 'Amina Jones', AMINA],
    ['words that are not a middle name', 'A friend of Rahman', AMINA],
    ['a lower-case "a" before the surname', 'big fan of a rahman song', AMINA],
    ['an initial after the surname', 'Rahman A', AMINA],
    ['half of a double-barrelled surname', 'Emma Smith', 'Emma Smith-Jones'],
    ['a surname without its particles', 'Jan Berg', 'Jan van der Berg'],
  ])('not shown: %s', (_label, displayName, registered) => {
    expect(inDisplayName(displayName, registered)).toEqual({ shown: false, where: null, matched: null });
  });

  it('finds the name in the bio when the display name lacks it', () => {
    const result = registeredNameShown(profile({ displayName: 'Amina', bio: 'Dr Amina Rahman, GP in Leeds' }), AMINA);
    expect(result).toEqual({ shown: true, where: 'bio', matched: 'Amina Rahman' });
  });

  it('prefers the display name when it is in several places', () => {
    const result = registeredNameShown(profile({ displayName: 'Amina Rahman', bio: 'Amina Rahman, GP', handle: 'AminaRahmanGP' }), AMINA);
    expect(result.where).toBe('displayName');
  });

  it('counts a handle holding the full first name and surname', () => {
    for (const handle of ['@AminaRahmanGP', 'dr_amina_rahman', 'amina.b.rahman']) {
      expect(registeredNameShown(profile({ displayName: 'Dr Rahman', handle }), 'Amina Begum Rahman')).toEqual({ shown: true, where: 'handle', matched: handle });
    }
  });

  it('does not count a handle with only an initial, or the name the wrong way round', () => {
    for (const handle of ['arahman', 'DrARahman', 'rahmanamina', 'rahman']) {
      expect(registeredNameShown(profile({ displayName: 'Dr Rahman', handle }), AMINA).shown).toBe(false);
    }
  });

  it('does not look for the name in the workplace line', () => {
    expect(registeredNameShown(profile({ workplace: 'Amina Rahman Ltd' }), AMINA).shown).toBe(false);
  });

  it('shows nothing for an empty registered name', () => {
    expect(registeredNameShown(profile({ displayName: 'Amina Rahman' }), '  ')).toEqual({ shown: false, where: null, matched: null });
  });
});

describe('reading the registered name', () => {
  it('takes the last word, with its particles, as the surname', () => {
    expect(parseName('Amina Begum Rahman')).toEqual({ given: ['amina', 'begum'], surname: 'rahman' });
    expect(parseName('Jan van der Berg')).toEqual({ given: ['jan'], surname: 'vanderberg' });
    expect(parseName('Émile Ó Súilleabháin-Smith')).toEqual({ given: ['emile'], surname: 'osuilleabhainsmith' });
    expect(parseName('Rahman, Amina')).toEqual({ given: ['amina'], surname: 'rahman' });
  });
});
