export const HELP = `chaperone: check your social-media accounts against UK professional guidance

Usage:
  chaperone demo                       Audit built-in demo accounts (no sign-in, no network)
  chaperone sign-in <platform> --label <label>
                                       Open a browser window to sign in to one account, once
  chaperone audit --name <registered name> --account <platform>:<kind>:<label> [...]
                                       Audit the accounts you signed in to

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
  --concurrency <n>                    Accounts audited at once (1-8, default 2)
  -q, --quiet                          No progress lines
  -h, --help                           This help

Exit codes:
  0 all checked and passed   1 items need fixing    2 usage error
  3 broken checklist file    4 no browser, or it would not start or stopped
  5 nothing failed but some items could not be checked
  6 a file could not be read or written             130 cancelled
`;
