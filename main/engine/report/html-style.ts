/** Inline styles for the HTML report: readable, printable, status shown in words as well as colour. */
export const REPORT_CSS = `
body{font-family:Arial,Helvetica,sans-serif;color:#212b32;background:#fff;line-height:1.5;margin:0}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:2rem;margin:0 0 .5rem}
h2{font-size:1.5rem;margin-top:2rem;border-top:4px solid #005eb8;padding-top:.75rem}
h3{font-size:1.2rem}
h4{font-size:1.05rem;margin-bottom:.25rem}
.meta,.small,.na{color:#4c6272;font-size:.9rem}
.kind{font-weight:normal;font-size:1rem;color:#4c6272}
.score{font-size:1.2rem;font-weight:bold}
.notice{border-left:6px solid #ffb81c;padding:.5rem 1rem;background:#fff9e6}
.items{list-style:none;padding:0}
.item{border-left:6px solid #768692;padding:.25rem 1rem;margin:.75rem 0}
.status-pass{border-color:#007f3b}
.status-fail{border-color:#d5281b}
.status-unknown{border-color:#ffb81c}
.status-manual{border-color:#005eb8}
.status{margin-right:.5rem}
blockquote{margin:.5rem 0;padding:.25rem 1rem;border-left:3px solid #aeb7bd;color:#212b32}
blockquote footer{font-size:.85rem;color:#4c6272}
a{color:#005eb8}
@media print{h2{break-before:auto}.item{break-inside:avoid}}
`;
