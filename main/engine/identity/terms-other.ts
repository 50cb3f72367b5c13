/** Post-nominals, registrations, specialties and employers. */
import { anyOf, endsWith, startsWith, type Term } from './term.ts';

const QUALIFIED = { kind: 'post-nominal', strength: 'strong' } as const;
const SPECIALTY = { kind: 'specialty', strength: 'weak' } as const;
const EMPLOYER = { kind: 'employer', strength: 'weak' } as const;
/** "oncology patient", "ICU survivor", "my cardiology appointment": the reader is on the other side. */
const AS_PATIENT = startsWith('patients?', 'survivors?', 'warriors?', 'appointments?', 'waiting lists?', 'referrals?', 'visits?', 'stays?');

/** A capitalised word in a proper name: "St", "Thomas'", "Guy's", "King's". */
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.&-]*)";
const NAME_WORDS = `(?:${NAME_WORD}\\s+(?:(?:and|&|of|the|for)\\s+)?){1,5}`;

export const OTHER_TERMS: readonly Term[] = [
  // Medical degrees and college memberships. Not English words, so any case.
  {
    ...QUALIFIED,
    pattern: anyOf(
      'MB\\s?(?:BS|ChB|BCh(?:\\s?BAO)?|BChir)', 'BM\\s?(?:BCh|BS)', 'BDS', 'BChD',
      'MRCP(?:\\s?\\(UK\\))?', 'FRCP(?:E|I|Edin|Glasg|ath)?(?:\\s?\\([A-Za-z]+\\))?', 'MRCPath', 'MRCS(?:Ed)?', 'FRCS(?:Ed)?(?:\\s?\\([A-Za-z&]+\\))?',
      'MRCGP', 'FRCGP', 'FRCA', 'MRCPsych', 'FRCPsych', 'MRCPCH', 'FRCPCH', 'MRCOG', 'FRCOG', 'MRCEM', 'FRCEM', 'FRCR',
      'DRCOG', 'DFSRH', 'MFSRH', 'FFSRH', 'DTM&H', 'FFICM', 'MFPH', 'FFPH', 'MRCOphth', 'FRCOphth', 'MFDS', 'MJDF', 'MFOM', 'FFOM',
      'MPharm', 'MRPharmS', 'FRPharmS', 'MCSP',
    ),
  },
  // Short or word-like post-nominals: capitals only. "MD" is also a managing director.
  {
    ...QUALIFIED, pattern: 'M\\.?D\\.?', exactCase: true,
    denyBefore: endsWith('house', 'founder', 'ceo', 'co', '&', 'and', 'deputy', 'joint', 'group', 'regional', 'area', 'company', 'ex'),
    denyAfter: startsWith('at', 'of', 'for', '@', '&', 'and', 'ceo', 'anderson', 'director'),
  },
  { ...QUALIFIED, pattern: anyOf('RN(?:\\s?\\((?:Adult|Child|MH|LD)\\))?', 'RGN', 'RMN', 'RSCN', 'RNLD', 'RNMH', 'RHV', 'NMP', 'SCPHN', 'DCH', 'PA-R', 'PA\\(R\\)'), exactCase: true },
  { ...QUALIFIED, pattern: 'RM', exactCase: true, inHandles: false, denyBefore: endsWith('ex', 'former'), denyAfter: startsWith('commandos?') },

  // Saying you are on a register.
  {
    kind: 'registration', strength: 'strong', exactCase: true,
    pattern: anyOf(
      '(?:GMC|NMC|HCPC|GPhC|GDC)(?:\\s|-)?(?:[Rr]egistered|[Rr]eg|[Rr]egistration|[Nn]o\\.?|[Nn]umber|#|PIN)',
      '[Rr]egistered (?:with (?:the )?)?(?:GMC|NMC|HCPC|GPhC|GDC)', 'GMC:?\\s?#?\\d{7}', 'NMC PIN',
    ),
  },

  // Specialties: weak alone (a patient advocate may name one), but they add up.
  {
    ...SPECIALTY,
    pattern: anyOf(
      'cardiology', 'oncology', 'h(?:a)?ematology', 'neurology', 'neurosurgery', 'nephrology', 'renal medicine', 'respiratory medicine',
      'gastroenterology', 'hepatology', 'dermatology', 'rheumatology', 'endocrinology', 'diabetology', 'geriatric medicine', 'geriatrics',
      'elderly care', 'care of the elderly', 'acute medicine', 'internal medicine', 'general medicine', 'emergency medicine', 'A ?& ?E',
      'A and E', 'intensive care', 'critical care', 'an(?:a)?esthesia', 'an(?:a)?esthetics', 'anesthesiology', 'psychiatry',
      'p(?:a)?ediatrics', 'neonatology', 'obstetrics', 'gyn(?:a)?ecology', 'O ?& ?G', 'obs (?:and|&) gyn(?:a)?e', 'obs/gyn(?:a)?e', 'midwifery',
      'general practice', 'primary care', 'palliative (?:care|medicine)', 'radiology', '(?:histo)?pathology', 'ophthalmology',
      'urology', 'orthop(?:a)?edics', 'trauma (?:and|&) orthop(?:a)?edics', '(?:plastic|general|vascular|cardiothoracic|colorectal|breast|maxillofacial|oral) surgery',
      'infectious diseases', 'sexual health', 'occupational health', 'radiotherapy', 'medical education', 'MedEd', 'dentistry', 'physiotherapy',
    ),
    denyAfter: AS_PATIENT,
  },
  { ...SPECIALTY, pattern: anyOf('ICU', 'ITU', 'NICU', 'PICU', 'HDU', 'ENT', 'GUM', 'T&O'), exactCase: true, denyAfter: AS_PATIENT },
  { ...SPECIALTY, pattern: 'ED', exactCase: true, inHandles: false, denyAfter: AS_PATIENT },

  // NHS and named hospitals: weak, since supporters and managers mention them too.
  { ...EMPLOYER, pattern: 'NHS(?:\\s+(?:England|Scotland|Wales|Digital|Trust|Foundation Trust|Education for Scotland))?' },
  {
    ...EMPLOYER, exactCase: true, properName: true,
    pattern: `${NAME_WORDS}(?:NHS (?:Foundation )?Trust|(?:University )?Health Board|HSC Trust|Health and Social Care Trust)`,
  },
  {
    ...EMPLOYER, exactCase: true, properName: true,
    pattern: `${NAME_WORDS}(?:Hospitals?|Infirmary|Hospice|Medical Centre|Health Centre|Medical Practice)`,
    // TV hospitals, and title-case phrases such as "In Hospital Again".
    reject: /^(?:(?:General|Holby City|Grey Sloan Memorial|Seattle Grace|St\.? Elsewhere)\s+Hospital|(?:(?:In|At|The|My|Out|Of|From|To|Our|Your|A|Back|Leaving|Left|Still)\s+)+Hospitals?)$/u,
    denyAfter: startsWith('radio', 'records', 'parking'),
  },
];
