import { describe, expect, it } from 'vitest';
import { detectHealthProfessional } from '../../../main/engine/identity/index.ts';
import { profile } from './profiles.ts';

/** Profiles with tricky words that do not say the person is a health professional. */
const NOT_CLINICAL: [string, Parameters<typeof profile>[0]][] = [
  ['Doctor Who', { displayName: 'Doctor Who fan', bio: 'Whovian since 2005. Dr Who > everything' }],
  ['Dr Pepper', { bio: 'Dr Pepper addict' }],
  ['Dr. Martens', { bio: 'Collector of Dr. Martens boots' }],
  ['a quoted film title', { bio: 'Watching "Dr. Strangelove" again' }],
  ['a quoted TV title in curly quotes', { bio: 'Crying at ‘Call the Midwife’ every Sunday' }],
  ['Call the Midwife without quotes', { bio: 'Call the Midwife superfan' }],
  ['a TV doctor', { bio: 'The Good Doctor binge-watcher. House MD marathon.' }],
  ['a PhD', { displayName: 'Sarah Khan PhD', bio: 'PhD in chemistry, postdoc at UCL' }],
  ['Doctor of Philosophy', { bio: 'Doctor of Philosophy, University of York' }],
  ['a nurse shark', { bio: 'Diver. Nurse shark photographer.' }],
  ['an IT consultant', { bio: 'IT consultant' }],
  ['a sales consultant', { bio: 'Sales consultant for medical devices' }],
  ['a consultant with no clinical word', { bio: 'Senior consultant at Accenture' }],
  ['a university registrar', { bio: 'Deputy University Registrar' }],
  ['a registrar of births', { bio: 'Registrar of births, deaths and marriages' }],
  ['a professor of physics', { displayName: 'Prof. Ian Hart', bio: 'Professor of Physics' }],
  ['"not a doctor"', { bio: 'Not a doctor, just interested in health' }],
  ['"my GP"', { bio: 'My GP says I need more sleep' }],
  ['"ask your doctor"', { bio: 'Ask your doctor before taking advice from Twitter' }],
  ['married to a doctor', { bio: 'Married to a junior doctor, so I never see him' }],
  ['wife of a surgeon', { bio: 'Proud wife of a surgeon' }],
  ['a doctor\'s appointment', { bio: "Always waiting for a doctor's appointment" }],
  ['a Grand Prix', { bio: 'F1 fan. Monaco GP 2024 was mint' }],
  ['a tree surgeon', { bio: 'Tree surgeon & arborist' }],
  ['a spin doctor', { bio: 'Spin doctor for hire' }],
  ['a veterinary nurse', { bio: 'Veterinary nurse, cat lady' }],
  ['an equine physio', { bio: 'Equine physio in Newmarket' }],
  ['lower-case rn (text-speak)', { bio: 'tired rn, ask me later' }],
  ['lower-case md and gp in a sentence', { bio: 'writing md files for the gp2 racing team' }],
  ['a managing director', { bio: 'MD of Acme Ltd. Founder & MD at Widgets' }],
  ['MD Anderson', { bio: 'Fundraising for MD Anderson' }],
  ['a street name', { bio: 'Lives on Oak Dr, Leeds' }],
  ['Ed as a name', { displayName: 'Ed Smith', handle: 'ed_smith', bio: 'Ed, 34, London' }],
  ['Royal Marines', { bio: 'Ex RM commando' }],
  ['a soap opera hospital', { bio: 'General Hospital fan since 1990' }],
  ['hospital radio', { bio: 'Presenter on Leeds Hospital Radio' }],
  ['title-case "In Hospital"', { bio: 'In Hospital Again' }],
  ['a mention of someone else', { bio: 'Biggest fan of @DrSmith and @NurseJoy' }],
  ['a GP receptionist', { bio: 'GP receptionist, please be kind' }],
  ['plural doctors', { bio: 'Mum of two doctors' }],
  ['a patient naming a specialty', { bio: 'Oncology patient, ICU survivor, cancer warrior' }],
  ['words that contain clinical words', { bio: 'Nursery teacher in Edinburgh. Physiology fan. RNLI volunteer. FY2019 accounts.' }],
  ['a handle with "dr" inside a word', { handle: 'drummer_dan' }],
  ['a handle with "md" inside a word', { handle: 'mdfan2000' }],
  ['a handle with Dr Pepper', { handle: 'DrPepperFan' }],
  ['a handle saying not a doctor', { handle: 'NotADoctor' }],
  ['a handle with a TV doctor', { handle: 'DoctorWhoFan' }],
];

describe('not mistaking other uses of clinical words for a health professional', () => {
  it.each(NOT_CLINICAL)('ignores %s', (_label, fields) => {
    const result = detectHealthProfessional(profile(fields));
    expect(result.signals).toEqual([]);
    expect(result.presents).toBe(false);
  });

  it('still counts a clinical role next to a film title', () => {
    const { signals } = detectHealthProfessional(profile({ bio: 'GP. Favourite film: "Dr. Strangelove"' }));
    expect(signals.map((s) => s.match)).toEqual(['GP']);
  });

  it('does not count a management consultant as a doctor, even next to "NHS" (which counts alone)', () => {
    const { signals } = detectHealthProfessional(profile({ bio: 'Management consultant on NHS projects' }));
    expect(signals.map((s) => [s.kind, s.match])).toEqual([['employer', 'NHS']]);
  });

  it('tells "Doctor Who" from "a doctor who runs"', () => {
    expect(detectHealthProfessional(profile({ bio: 'Junior doctor who loves running' })).signals.map((s) => s.match)).toEqual(['Junior doctor']);
    expect(detectHealthProfessional(profile({ bio: 'Junior doctor. Doctor Who fan' })).signals.map((s) => s.match)).toEqual(['Junior doctor']);
    expect(detectHealthProfessional(profile({ handle: 'dr_who_fan' })).presents).toBe(false);
  });

  it('counts "consultant" once a clinical word is near it', () => {
    const matches = (bio: string): string[] => detectHealthProfessional(profile({ bio })).signals.map((s) => s.match);
    expect(matches('Consultant physician')).toEqual(['Consultant', 'physician']);
    expect(matches('Medical consultant, Royal Free')).toEqual(['consultant']);
    expect(matches('Consultant')).toEqual([]);
  });

  it('counts "Prof" with a clinical word anywhere in the profile, not alone', () => {
    const prof = { displayName: 'Prof. Jane Doe' };
    expect(detectHealthProfessional(profile(prof)).presents).toBe(false);
    const withRole = detectHealthProfessional(profile({ ...prof, bio: 'Professor of surgery. Colorectal surgeon.' }));
    expect(withRole.signals.map((s) => [s.field, s.match])).toContainEqual(['displayName', 'Prof.']);
  });

  it('keeps "Dr Foster" when Foster is the user\'s own surname', () => {
    const fields = profile({ displayName: 'Dr Foster' });
    expect(detectHealthProfessional(fields).presents).toBe(false);
    expect(detectHealthProfessional(fields, { registeredName: 'Helen Foster' }).presents).toBe(true);
  });
});
