/**
 * Print styles for the appraisal summary: A4, black on white, status in words as well as colour.
 * overflow-wrap:anywhere breaks a word too long for its line or table cell (a pasted link, a label
 * with no spaces) wherever it must, so nothing runs off the page; other words still break at spaces.
 */
export const APPRAISAL_CSS = `
@page{size:A4;margin:18mm 16mm 20mm}
*{box-sizing:border-box}
body{font-family:Arial,Helvetica,sans-serif;color:#212b32;background:#fff;font-size:10.5pt;line-height:1.4;margin:0;overflow-wrap:anywhere}
main{max-width:178mm;margin:0 auto}
h1{font-size:18pt;margin:0 0 4pt}
h2{font-size:13pt;margin:16pt 0 6pt;border-top:2pt solid #005eb8;padding-top:5pt;break-after:avoid}
h3{font-size:11pt;margin:10pt 0 3pt;break-after:avoid}
p{margin:3pt 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2pt 10pt;margin:4pt 0}
dt{font-weight:bold}
dd{margin:0}
ul{margin:3pt 0;padding-left:16pt}
table{width:100%;border-collapse:collapse;font-size:8.5pt;margin:4pt 0}
th,td{border:0.5pt solid #aeb7bd;padding:3pt 4pt;text-align:left;vertical-align:top}
th{background:#f0f4f5}
tr{break-inside:avoid}
thead{display:table-header-group}
.small,.meta{color:#4c6272;font-size:9pt}
.cite{display:block;font-size:7.5pt;color:#4c6272}
.status-pass{color:#007f3b;font-weight:bold}
.status-fail{color:#d5281b;font-weight:bold}
.status-unknown{color:#8a5a00;font-weight:bold}
.prompt{color:#768692;font-style:italic}
.reflection p{white-space:pre-wrap}
.declaration{border:1pt solid #212b32;padding:6pt 8pt;margin-top:14pt;break-inside:avoid}
.declaration h2{border-top:0;margin-top:0;padding-top:0}
.box{display:inline-block;width:11pt;height:11pt;border:1pt solid #212b32;text-align:center;line-height:10pt;margin-right:5pt;font-weight:bold}
.fingerprint{font-family:"Courier New",monospace;font-size:8.5pt;word-break:break-all}
footer{margin-top:14pt;border-top:0.5pt solid #aeb7bd;padding-top:5pt}
.page-1,.page-2{font-size:9.5pt;line-height:1.3}
.page-1 h1{font-size:15pt;margin-bottom:3pt}
.page-1 h2,.page-2 h2{font-size:11.5pt;margin:8pt 0 3pt;padding-top:3pt}
.page-1 .small{font-size:8.5pt}
.page-1 ul{margin:1pt 0}
.page-1 li,.page-2 li{margin:0}
.page-1 dl{gap:0 10pt;margin:2pt 0}
.page-2,.appendix{break-before:page}
.counts{width:auto;font-size:9pt;margin:3pt 0}
.counts th,.counts td{padding:1.5pt 5pt}
.counts td{text-align:right;min-width:20mm}
.counts th[scope=row]{font-weight:normal;background:#fff}
.left,.compact{columns:2;column-gap:8mm;font-size:8.5pt;line-height:1.3}
.page-1 ul.compact{padding-left:11pt}
.compact li{break-inside:avoid}
.left h3{font-size:9pt;margin:4pt 0 1pt;break-after:avoid}
.left h3:first-child{margin-top:0}
.left ul{margin:0 0 3pt;padding-left:11pt}
.left li{break-inside:avoid}
.tag{font-size:7.5pt;color:#4c6272;font-style:italic;white-space:nowrap}
.page-2 .reflection h3{margin:5pt 0 1pt}
.page-2 .declaration{margin-top:8pt;padding:4pt 8pt}
.page-2 footer{margin-top:8pt}
.appendix>h2:first-child{border-top:0;margin-top:0}
`;
