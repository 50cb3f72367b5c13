/** Hashtags that mark a clinical account, compared in lower case without the "#". */
export const CLINICAL_HASHTAGS: ReadonlySet<string> = new Set([
  'medtwitter', 'medtwitteruk', 'foamed', 'foamem', 'foamcc', 'foamrad', 'foamped', 'foamfrat', 'meded', 'medstudent',
  'medstudenttwitter', 'medschool', 'juniordoctor', 'juniordoctors', 'residentdoctor', 'residentdoctors', 'docsontwitter',
  'doctorsoftwitter', 'womeninmedicine', 'gptwitter', 'gpsontwitter', 'surgtwitter', 'cardiotwitter', 'oncotwitter',
  'psychtwitter', 'emtwitter', 'anaesthesiatwitter', 'nhs', 'nhstwitter', 'nhsworker', 'nursetwitter', 'nursestwitter',
  'nursesoftwitter', 'nursingtwitter', 'nurselife', 'nursing', 'nursesunite', 'midwifery', 'midwivesoftwitter',
  'studentmidwife', 'studentnurse', 'pharmacytwitter', 'pharmtwitter', 'physiotwitter', 'dentaltwitter', 'paramedicstwitter',
  'physicianassociate', 'physicianassociates',
]);
