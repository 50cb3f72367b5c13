import { describe, expect, it } from 'vitest';
import { detectHealthProfessional, type IdentityField, type SignalKind } from '../../../main/engine/identity/index.ts';
import { profile } from './profiles.ts';

type Expected = [IdentityField, SignalKind, string];

/** Realistic UK profiles that say, one way or another, "I am a health professional". */
const PROFILES: [string, Parameters<typeof profile>[0], Expected[]][] = [
  ['a GP with post-nominals', { displayName: 'Dr Amina Rahman', bio: 'GP partner in Leeds. MBChB MRCGP. Views my own.' },
    [['displayName', 'title', 'Dr'], ['bio', 'role', 'GP'], ['bio', 'post-nominal', 'MBChB'], ['bio', 'post-nominal', 'MRCGP']]],
  ['a consultant at a trust', { displayName: "Prof. James O'Connell", bio: 'Consultant Cardiologist, Leeds Teaching Hospitals NHS Trust' },
    [['displayName', 'title', 'Prof.'], ['bio', 'role', 'Consultant'], ['bio', 'role', 'Cardiologist'], ['bio', 'employer', 'Leeds Teaching Hospitals NHS Trust']]],
  ['a foundation doctor', { displayName: 'Priya Shah', bio: 'FY1 doctor at Royal Free Hospital | #FOAMed' },
    [['bio', 'role', 'FY1 doctor'], ['bio', 'employer', 'Royal Free Hospital'], ['bio', 'hashtag', '#FOAMed']]],
  ['a resident doctor', { bio: 'Resident doctor in emergency medicine. Tea first.' },
    [['bio', 'role', 'Resident doctor'], ['bio', 'specialty', 'emergency medicine']]],
  ['an ICU nurse', { displayName: 'Kemi A.', bio: 'Staff nurse on ICU, RN (Adult)' },
    [['bio', 'role', 'nurse'], ['bio', 'specialty', 'ICU'], ['bio', 'post-nominal', 'RN (Adult)']]],
  ['a midwife', { displayName: 'Sarah Jones RM', bio: 'Community midwife, mum of two' },
    [['displayName', 'post-nominal', 'RM'], ['bio', 'role', 'midwife']]],
  ['a pharmacist', { displayName: 'Tom Lee MPharm MRPharmS', bio: 'Independent prescriber and community pharmacist' },
    [['displayName', 'post-nominal', 'MPharm'], ['displayName', 'post-nominal', 'MRPharmS'], ['bio', 'role', 'pharmacist']]],
  ['a physician associate', { bio: 'Physician Associate (PA-R) in general surgery' },
    [['bio', 'role', 'Physician Associate'], ['bio', 'post-nominal', 'PA-R'], ['bio', 'specialty', 'general surgery']]],
  ['a paramedic', { bio: 'HCPC registered paramedic. Ambulance life.' },
    [['bio', 'registration', 'HCPC registered'], ['bio', 'role', 'paramedic']]],
  ['a physio', { bio: 'MSK physio | MCSP' }, [['bio', 'role', 'physio'], ['bio', 'post-nominal', 'MCSP']]],
  ['a dentist', { displayName: 'Omar Khan BDS', bio: 'Dentist in Cardiff' }, [['displayName', 'post-nominal', 'BDS'], ['bio', 'role', 'Dentist']]],
  ['an anaesthetics registrar', { bio: 'ST5 anaesthetics registrar' },
    [['bio', 'role', 'ST5'], ['bio', 'specialty', 'anaesthetics'], ['bio', 'role', 'registrar']]],
  ['a psychiatry registrar', { bio: 'Registrar in psychiatry. MRCPsych.' },
    [['bio', 'role', 'Registrar'], ['bio', 'specialty', 'psychiatry'], ['bio', 'post-nominal', 'MRCPsych']]],
  ['a LinkedIn headline', { workplace: 'Consultant in Emergency Medicine at Barts Health NHS Trust' },
    [['workplace', 'role', 'Consultant'], ['workplace', 'employer', 'Barts Health NHS Trust']]],
  ['a GMC number', { bio: 'GMC 1234567' }, [['bio', 'registration', 'GMC 1234567']]],
  ['a Welsh health board', { bio: 'Working for Betsi Cadwaladr University Health Board' },
    [['bio', 'employer', 'Betsi Cadwaladr University Health Board']]],
  ['an A&E nurse', { bio: 'A&E nurse, ex-paramedic' }, [['bio', 'specialty', 'A&E'], ['bio', 'role', 'nurse'], ['bio', 'role', 'paramedic']]],
  ['a retired GP', { bio: 'Retired GP, now growing tomatoes' }, [['bio', 'role', 'GP']]],
  ['a hashtag made of words', { bio: 'Loving it #NHSNurse' }, [['bio', 'role', '#NHSNurse'], ['bio', 'employer', '#NHSNurse']]],
  ['an employer mention', { bio: 'Surgical trainee @GSTTnhs' }, [['bio', 'employer', '@GSTTnhs']]],
  ['a medical student', { bio: 'Medical student at Leeds' }, [['bio', 'role', 'Medical student']]],
  ['a student nurse hashtag', { bio: 'Year 2 #StudentNurse' }, [['bio', 'hashtag', '#StudentNurse']]],
  ['a role in the handle', { handle: 'nurse_amina' }, [['handle', 'role', 'nurse']]],
  ['styled Unicode letters', { displayName: '𝐃𝐫 𝐒𝐚𝐫𝐚𝐡 𝐊𝐡𝐚𝐧' }, [['displayName', 'title', 'Dr']]],
  ['full-width letters', { bio: 'ＧＰ in Hull' }, [['bio', 'role', 'GP']]],
  ['zero-width characters pasted in', { bio: 'G\u200BP and proud' }, [['bio', 'role', 'GP']]],
  ['a name then lower-case "gp"', { displayName: 'amina rahman gp' }, [['displayName', 'role', 'GP']]],
];

describe('detecting a health professional in a profile', () => {
  it.each(PROFILES)('finds %s', (_label, fields, expected) => {
    const result = detectHealthProfessional(profile(fields), { registeredName: 'Amina Rahman' });
    expect(result.presents).toBe(true);
    const found = result.signals.map((s) => [s.field, s.kind, s.match]);
    for (const signal of expected) expect(found).toContainEqual(signal);
  });

  it('counts a "Dr" title alone, but marks it weak (a PhD holder may use it)', () => {
    const result = detectHealthProfessional(profile({ displayName: 'Dr Sarah Khan', bio: 'Lecturer in physics. PhD.' }));
    expect(result.presents).toBe(true);
    expect(result.signals).toEqual([{ field: 'displayName', kind: 'title', strength: 'weak', match: 'Dr' }]);
  });

  it('does not count "PhD" on its own', () => {
    expect(detectHealthProfessional(profile({ displayName: 'Sarah Khan PhD', bio: 'PhD in chemistry, postdoc at UCL' })).presents).toBe(false);
  });

  it('counts NHS alone, weakly: readers take it as working in healthcare', () => {
    const result = detectHealthProfessional(profile({ bio: 'Proud to work for the NHS' }));
    expect(result.signals).toEqual([{ field: 'bio', kind: 'employer', strength: 'weak', match: 'NHS' }]);
  });

  it('marks roles and post-nominals strong, specialties and hashtags weak', () => {
    const { signals } = detectHealthProfessional(profile({ bio: 'Nurse, RGN, cardiology. #MedTwitter' }));
    const strength = Object.fromEntries(signals.map((s) => [s.match, s.strength]));
    expect(strength).toEqual({ Nurse: 'strong', RGN: 'strong', cardiology: 'weak', '#MedTwitter': 'weak' });
  });

  it('reports only the matched words, never the whole bio', () => {
    const bio = 'Husband, dad, runner and GP in a busy inner-city practice where every day is different';
    const { signals } = detectHealthProfessional(profile({ bio }));
    expect(signals.map((s) => s.match)).toEqual(['GP']);
  });

  it('ignores fields that are empty or were not read', () => {
    expect(detectHealthProfessional(profile({ displayName: '', bio: '   ' }))).toEqual({ presents: false, signals: [] });
  });
});
