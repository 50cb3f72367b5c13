/** Titles, roles, training grades and students: the words people use to say what they do. */
import { anyOf, endsWith, startsWith, type Term } from './term.ts';

/**
 * Characters and brands called "Doctor"/"Dr": "Doctor Who", "Dr Pepper", "Dr. Martens"… A few are
 * also surnames (Foster, Quinn, House); those still count when the name is the user's own.
 */
const MEDIA_NAMES = [
  'pepper', 'dre', 'seuss', 'martens?', 'oetker', 'strange', 'strangelove', 'doom', 'no', 'evil',
  'jekyll', 'frankenstein', 'octopus', 'dolittle', 'doolittle', 'zhivago', 'sleep', 'phil', 'oz', 'feelgood',
  'hook', 'robotnik', 'manhattan', 'horrible', 'zoidberg', 'disrespect', 'mario', 'scholl\'?s?', 'bronner\'?s?',
  'jart', 'faustus', 'moreau', 'fate', 'foster', 'house', 'quinn', 'watson', 'livingstone', 'teeth', 'stone',
  'of (?:philosophy|music|letters|laws|science|engineering|education|business|divinity|theology|arts|psychology)',
];
const MEDIA_DOCTORS = startsWith(...MEDIA_NAMES);
/** A title takes a name, never "who": "dr who" in any case is the programme. */
const MEDIA_TITLE = startsWith('who', ...MEDIA_NAMES);

/** "Doctor Who" with a capital W; "a doctor who runs" is a doctor. */
const DOCTOR_WHO = /^\.?\s*Who(?![\p{L}\p{N}])/u;

/** "spin doctor", "script doctor", "tree surgeon", "veterinary nurse", "equine physio". */
const NOT_HUMAN_HEALTH = endsWith(
  'spin', 'script', 'witch', 'plant', 'tree', 'computer', 'pc', 'guitar', 'bike', 'cycle', 'phone', 'book', 'company',
  'turnaround', 'love', 'doll', 'rock', 'vet', 'veterinary', 'animal', 'small animal', 'equine', 'canine', 'dog', 'horse', 'pet',
  'the good', 'call the',
);

/** "IT consultant", "sales consultant at a medical devices firm". */
const BUSINESS_BEFORE = endsWith(
  'it', 'i\\.t', 'management', 'sales', 'business', 'marketing', 'seo', 'recruitment', 'financial', 'finance', 'tax', 'hr',
  'beauty', 'style', 'image', 'wedding', 'travel', 'property', 'mortgage', 'pension', 'strategy', 'digital', 'tech',
  'technology', 'software', 'security', 'engineering', 'environmental', 'legal', 'education', 'independent', 'freelance',
  'device', 'devices', 'pharma', 'pharmaceutical', 'cloud', 'data', 'design', 'interior', 'energy', 'insurance', 'retail',
);

const SELF = { kind: 'role', strength: 'strong' } as const;
const STUDENT = { kind: 'role', strength: 'weak' } as const;

export const ROLE_TERMS: readonly Term[] = [
  // Titles. "Dr" alone counts (weakly): a PhD holder's "Dr" reads to patients as a doctor's.
  { kind: 'title', strength: 'weak', pattern: 'dr\\.?', needsName: true, denyAfter: MEDIA_TITLE },
  { kind: 'title', strength: 'weak', pattern: anyOf('prof\\.?', 'professor'), needsContext: true, contextAnywhere: true },

  // Doctors.
  { ...SELF, pattern: anyOf('(?:junior|resident|foundation|specialty|speciality|trainee|locum|sas|f[12]|fy[1-3])\\s+doctor'), denyAfter: MEDIA_DOCTORS, denyAfterAsWritten: DOCTOR_WHO },
  { ...SELF, pattern: 'doctor', denyBefore: NOT_HUMAN_HEALTH, denyAfter: MEDIA_DOCTORS, denyAfterAsWritten: DOCTOR_WHO },
  { ...SELF, pattern: anyOf('medic', 'clinician', 'general practitioner', 'house officer', 'senior house officer') },
  { ...SELF, pattern: 'physician', denyAfter: startsWith('associate', 'assistant') },
  {
    ...SELF, pattern: 'GP', exactCase: true,
    denyBefore: endsWith('f1', 'formula 1', 'formula one', 'monaco', 'british', 'italian', 'spanish', 'australian', 'japanese', 'moto', 'grand'),
    denyAfter: startsWith('(?:surgery |practice )?(?:receptionist|manager|administrator|admin|secretary|appointments?|waiting)', 'race', 'racing'),
  },
  { ...SELF, pattern: anyOf('GPST ?[1-4]', 'GPwSI', 'GPwER', 'FY ?[1-3]', 'CT ?[1-3]', 'ST ?[1-8]', 'IMT ?[1-3]', 'SpR', 'StR', 'SHO'), exactCase: true },
  {
    ...SELF, pattern: '(?:neuro|cardiac |cardiothoracic |orthopaedic |orthopedic |plastic |general |vascular |colorectal |breast |trauma |oral |maxillofacial |paediatric |pediatric |transplant )?surgeon',
    denyBefore: NOT_HUMAN_HEALTH, denyAfter: startsWith('simulator', 'general'),
  },
  {
    ...SELF,
    pattern: anyOf(
      'an(?:a)?esthetist', 'an(?:a)?esthesiologist', 'psychiatrist', 'p(?:a)?ediatrician', 'obstetrician', 'gyn(?:a)?ecologist',
      'cardiologist', 'oncologist', 'neurologist', 'dermatologist', 'radiologist', '(?:histo)?pathologist', 'gastroenterologist',
      'h(?:a)?ematologist', 'rheumatologist', 'endocrinologist', 'nephrologist', 'urologist', 'geriatrician', 'intensivist',
      'neonatologist', 'ophthalmologist', 'otolaryngologist', 'hepatologist', 'pulmonologist',
    ),
  },
  { kind: 'role', strength: 'strong', pattern: 'consultant', needsContext: true, denyBefore: BUSINESS_BEFORE },
  {
    kind: 'role', strength: 'strong', pattern: 'registrar', needsContext: true,
    denyBefore: endsWith('university', 'academic', 'domain', 'land', 'company', 'college', 'school'),
    denyAfter: startsWith('of (?:births|deaths|marriages|companies)', 'general'),
  },

  // Nursing and midwifery.
  {
    ...SELF, pattern: 'nurse(?:\\s+(?:practitioner|specialist|prescriber|consultant))?',
    denyBefore: NOT_HUMAN_HEALTH, denyAfter: startsWith('sharks?', 'jackie', 'ratched', 'a', 'an'),
  },
  { ...SELF, pattern: 'midwife', denyBefore: NOT_HUMAN_HEALTH },
  { ...SELF, pattern: anyOf('health visitor', 'nursing associate', 'ward sister', 'matron') },
  { ...SELF, pattern: anyOf('ANP', 'ACP', 'ENP', 'ODP'), exactCase: true },

  // Pharmacy, physician and anaesthesia associates, allied health, dentistry.
  { ...SELF, pattern: anyOf('pharmacist', 'pharmacy technician') },
  { ...SELF, pattern: anyOf('physician associate', 'physician assistant', 'an(?:a)?esthesia associate') },
  {
    ...SELF,
    pattern: anyOf(
      'paramedic', 'physiotherapist', 'physio', 'occupational therapist', 'speech (?:and|&) language therapist', 'radiographer',
      'sonographer', 'dietitian', 'dietician', 'podiatrist', 'chiropodist', 'orthoptist', 'optometrist', 'clinical psychologist',
      'operating department practitioner', 'advanced (?:clinical|nurse) practitioner', 'prosthetist', 'orthotist', 'osteopath', 'chiropractor',
    ),
    denyBefore: NOT_HUMAN_HEALTH,
  },
  { ...SELF, pattern: anyOf('dentist', 'orthodontist', 'dental (?:surgeon|nurse|hygienist|therapist)'), denyBefore: NOT_HUMAN_HEALTH },

  // Students: in training rather than registered, so weak.
  {
    ...STUDENT,
    pattern: anyOf(
      'medical student', 'med student', 'medic student',
      'student (?:doctor|nurse|midwife|paramedic|pharmacist|physio|physiotherapist|dentist|radiographer)',
      '(?:nursing|midwifery|pharmacy|dental|paramedic|physiotherapy|pa|physician associate) student',
    ),
  },
];
