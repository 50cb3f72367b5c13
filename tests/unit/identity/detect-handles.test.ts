import { describe, expect, it } from 'vitest';
import { detectHealthProfessional } from '../../../main/engine/identity/index.ts';
import { profile } from './profiles.ts';

const inHandle = (handle: string, registeredName?: string): string[] =>
  detectHealthProfessional(profile({ handle }), registeredName === undefined ? {} : { registeredName })
    .signals.map((s) => `${s.kind}:${s.match}`);

describe('reading a handle', () => {
  it.each([
    ['DrAminaRahman', ['title:Dr']],
    ['@dr_amina', ['title:dr']],
    ['dr.amina.rahman', ['title:dr']],
    ['AminaRahmanGP', ['role:GP']],
    ['GPAmina', ['role:GP']],
    ['AminaRahmanMD', ['post-nominal:MD']],
    ['amina_md', ['post-nominal:MD']],
    ['rahman.gp', ['role:GP']],
    ['NHSNurseAmina', ['employer:NHS', 'role:Nurse']],
    ['NHSnurse', ['employer:NHS', 'role:nurse']],
    ['FY1Amina', ['role:FY 1']],
    ['TheICUNurse', ['specialty:ICU', 'role:Nurse']],
  ])('finds the signal in %s', (handle, expected) => {
    expect(inHandle(handle).sort()).toEqual([...expected].sort());
  });

  it.each([
    'dramina', 'aminarahmangp', 'drummer_dan', 'mdfan2000', 'gpxfan', 'Gpx', 'edsmith', 'ed_smith', 'rm_jones',
    'DrPepperFan', 'DoctorWhoFan', 'NotADoctor', 'jo_rnfan',
  ])('finds nothing in %s', (handle) => {
    expect(inHandle(handle)).toEqual([]);
  });

  it('splits an all-lower-case handle at the user\'s own name', () => {
    expect(inHandle('draminarahman', 'Amina Rahman')).toEqual(['title:dr']);
    expect(inHandle('aminarahmangp', 'Amina Rahman')).toEqual(['role:GP']);
    expect(inHandle('aminarahmanmd', 'Amina Rahman')).toEqual(['post-nominal:MD']);
    // Without the name the same letters are just a word.
    expect(inHandle('draminarahman')).toEqual([]);
    // Someone else's name does not help.
    expect(inHandle('drjohnsmith', 'Amina Rahman')).toEqual([]);
  });

  it('does not treat initials or name fragments as abbreviations', () => {
    expect(inHandle('amina_ed', 'Amina Rahman')).toEqual([]);
    expect(inHandle('mdrahman', 'Amina Rahman')).toEqual([]);
  });
});
