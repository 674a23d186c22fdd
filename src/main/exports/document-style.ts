/*
 * The stylesheet every exported HTML/PDF document carries inline (no remote fonts or files: the
 * document must look the same offline, in a mail client and on paper). A4 with generous margins,
 * page numbers in the page margin (Chromium 131+ prints @page margin boxes), light table rules.
 */
export const DOCUMENT_CSS = `
@page { size: A4; margin: 18mm 17mm 20mm 17mm;
  @bottom-left { content: "Coachbook · Confidential"; font: 7.5pt 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif; color: #8a94a6; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif; color: #8a94a6; } }
:root { --ink: #1c2434; --muted: #5d6b82; --faint: #8a94a6; --rule: #dfe4ec; --band: #f4f6fa; --accent: #1f5fbf;
  --good: #1e7d4f; --warn: #b7791f; --bad: #c0392b; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 176mm; color: var(--ink); font: 9.5pt/1.5 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif; }
@media screen { body { padding: 14mm 0; } }
header.title { border-bottom: 2px solid var(--accent); padding-bottom: 4mm; margin-bottom: 6mm; }
.kicker { color: var(--accent); font-size: 8pt; font-weight: 700; letter-spacing: .12em; text-transform: uppercase; margin: 0 0 1mm; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 1mm; font-weight: 650; }
.subtitle { color: var(--muted); font-size: 10.5pt; margin: 0; }
dl.facts { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2mm 6mm; margin: 4mm 0 0; }
dl.facts div { min-width: 0; }
dl.facts dt { color: var(--faint); font-size: 7.5pt; text-transform: uppercase; letter-spacing: .06em; }
dl.facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
section { margin: 0 0 6mm; }
h2 { font-size: 11.5pt; margin: 0 0 2.5mm; padding-bottom: 1mm; border-bottom: 1px solid var(--rule); break-after: avoid; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; }
h4, h5, h6 { font-size: 9.5pt; margin: 2.5mm 0 1mm; break-after: avoid; }
p { margin: 0 0 2mm; }
.muted { color: var(--muted); }
.empty { color: var(--faint); font-style: italic; }
table { width: 100%; border-collapse: collapse; margin: 0 0 2mm; font-size: 8.8pt; }
thead { display: table-header-group; }
th { text-align: left; font-weight: 600; color: var(--muted); font-size: 7.8pt; text-transform: uppercase; letter-spacing: .04em;
  background: var(--band); border-bottom: 1px solid var(--rule); padding: 1.6mm 2mm; }
td { border-bottom: 1px solid var(--rule); padding: 1.6mm 2mm; vertical-align: top; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
.pill { display: inline-block; padding: 0 2mm; border-radius: 2mm; font-size: 7.8pt; font-weight: 600; background: var(--band); color: var(--muted); white-space: nowrap; }
.pill.good { background: #e3f3ea; color: var(--good); } .pill.warn { background: #fbf0dc; color: var(--warn); }
.pill.bad { background: #fbe4e1; color: var(--bad); } .pill.info { background: #e4edfa; color: var(--accent); }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 0 0 3mm; }
.figure { background: var(--band); border-radius: 2mm; padding: 2.5mm 3mm; break-inside: avoid; }
.figure .value { font-size: 15pt; font-weight: 650; line-height: 1.2; }
.figure .label { color: var(--muted); font-size: 7.8pt; }
.notes { border-left: 3px solid var(--rule); padding-left: 4mm; }
.notes.private { border-left-color: var(--warn); }
.notes ul, .notes ol { margin: 0 0 2mm; padding-left: 5mm; }
.notes ul.tasks { list-style: none; padding-left: 0; }
.notes li.task { display: flex; gap: 2mm; }
.notes li.task .box { flex: none; }
.notes li.task-done .task-text { color: var(--muted); }
.notes li.task-dropped .task-text { color: var(--faint); text-decoration: line-through; }
.task-meta { color: var(--faint); font-size: 8pt; white-space: nowrap; }
blockquote { margin: 0 0 2mm; padding: 1mm 0 1mm 4mm; border-left: 3px solid var(--accent); color: var(--muted); }
pre { background: var(--band); padding: 2mm 3mm; border-radius: 1.5mm; white-space: pre-wrap; font-size: 8.5pt; }
code { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 8.5pt; }
a { color: var(--accent); }
hr { border: 0; border-top: 1px solid var(--rule); margin: 3mm 0; }
ul.agenda { list-style: none; padding: 0; margin: 0; }
ul.agenda li { padding: .6mm 0; }
.chart { margin: 1mm 0 3mm; break-inside: avoid; }
.chart svg { display: block; width: 100%; height: auto; }
.meeting { break-inside: avoid; margin-bottom: 3mm; }
.meeting h3 { margin-top: 0; }
.private-banner { border: 1px solid var(--warn); background: #fbf0dc; color: #7a5212; padding: 2mm 3mm; border-radius: 1.5mm; margin: 0 0 4mm; font-weight: 600; }
footer.generated { color: var(--faint); font-size: 7.5pt; border-top: 1px solid var(--rule); padding-top: 2mm; margin-top: 8mm; }
`;
