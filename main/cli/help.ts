export const HELP = `chaperone: check your social-media accounts against UK professional guidance

Usage:
  chaperone demo                       Audit built-in demo accounts (no sign-in, no network);
                                       --profession shows it for another profession
  chaperone sign-in <platform> --label <label>
                                       Open a browser window to sign in to one account, once
  chaperone audit --name <registered name> --account <platform>:<kind>:<label> [...]
                                       Audit the accounts you signed in to
  chaperone report --from <audit.json> --declare-no-patient-info [--pdf|--text|--json <file>]
                                       Appraisal summary of an audit, for your portfolio
  chaperone policy --answers <answers.yaml> --name <name> [--docx|--pdf|--markdown <file>]
                                       Your social media policy, written from your answers
  chaperone verify <file>              Check a summary's or policy's fingerprint: shows
                                       accidental changes since it was sealed, not who made
                                       it or when

Options:
  --account <platform>:<kind>:<label>  An account to audit; repeat for more. kind is
                                       "personal" or "professional" (public on purpose),
                                       e.g. --account x:personal:"Personal X"
  --name <name>                        Your name as it appears on your professional register
  --profession <profession>            doctor (default), nurse, midwife, pharmacist, ...
  --regulator <regulator>              GMC, NMC, GPhC, HCPC... (guessed from the profession)
  --data-dir <folder>                  Where Chaperone keeps its browser profiles
  --browser <path>                     Use this Chrome, Edge, Chromium or Brave
  --browser-arg <flag>                 Pass a flag to the browser; repeatable. Also read from
                                       the environment variable CHAPERONE_BROWSER_ARGS
  --json <file>                        Write the JSON report here
  --html <file>                        Write the HTML report here
  --checklists <folder>                Use these checklist files instead of the shipped ones
  --concurrency <n>                    Accounts audited at once (1-8, default 2); never two
                                       of the same platform at once
  --show-browser                       Read in a visible window titled "Chaperone — reading
                                       <platform>" instead of a hidden browser (audit, demo)
  --launch-timeout <seconds>           How long the browser may take to start before it is
                                       stopped (default 30)
  -q, --quiet                          No progress lines
  -h, --help                           This help

Report options (chaperone report):
  --from <file>                        The audit: a JSON report (--json of audit or demo)
                                       or an audit saved by the app
  --previous <file>                    The audit before it, to show what changed
  --reflection <file>                  Your reflection: a plain-text file with three
                                       sections, each under a line of its own reading
                                       "What?", "So what?" and "Now what?"
  --declare-no-patient-info            Required: you confirm the summary and reflection
                                       hold nothing that could identify a patient
  --pdf <file>, --text <file>, --json <file>
                                       Where to write it (no file: the text is printed).
                                       The PDF is two pages; the text is a short version
                                       for a portfolio box (about 2,500 characters); the
                                       JSON holds everything
  --appendix                           Add every item checked: an appendix after the PDF's
                                       two pages, and the full text instead of the short one
  --time-spent <minutes>               For your CPD log
  --registration-number <number>       With --show-registration-number, printed in the header
  --show-registration-number           (off by default)
  --show-handles                       Show account handles (off by default)

Policy options (chaperone policy):
  --answers <file>                     Your answers (YAML): the kind of policy, the review
                                       date, your answers and your accounts. docs/policy.md
                                       describes it; examples/policy-answers.yaml is one
  --docx <file>, --pdf <file>, --markdown <file>
                                       Where to write it (at least one). The Word file is
                                       yours to adapt; each file is sealed with a fingerprint
  --audit <file>                       Your latest audit (--json of audit or demo, or an
                                       audit saved by the app): the policy says what it found.
                                       Without --name, your details are the audit's
  --name, --profession, --regulator    Who writes it: the policy cites your regulator's
                                       guidance and any professional body's advice for you

Exit codes:
  0 all checked and passed   1 items need fixing    2 usage error
  (verify: 0 fingerprint matches, 1 changed or no fingerprint)
  3 broken checklist file    4 no browser, or it would not start or stopped
  5 nothing failed but some items could not be checked
  6 a file could not be read or written             130 cancelled
  7 the demo's local sites could not start          70 an unexpected fault in Chaperone
  8 the policy answers file cannot be used (each problem is listed)
`;
