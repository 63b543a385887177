/** The HTML export's only stylesheet, inlined: the page must stand alone offline and print cleanly. */
import { COLORS, COLOR_SET } from '../model/colors';

export const HTML_STYLE = `
:root { color-scheme: light; }
body { font: 15px/1.7 -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  color: #1d1d1f; max-width: 46em; margin: 2em auto; padding: 0 1.2em; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
h2 { font-size: 1.35em; margin: 0 0 .6em; border-bottom: 2px solid #ddd; padding-bottom: .2em; }
h3 { font-size: 1.1em; margin: 1.4em 0 .5em; color: #444; }
h4 { font-size: 1em; margin: 1.2em 0 .4em; color: #555; }
.meta-line { color: #666; margin: 0 0 2em; }
article.clip { margin: 0 0 3em; }
table.meta { border-collapse: collapse; width: 100%; font-size: .92em; }
table.meta th { text-align: left; white-space: nowrap; color: #555; font-weight: 600; padding: .25em 1em .25em 0; vertical-align: top; width: 8em; }
table.meta td { padding: .25em 0; word-break: break-all; }
ul.outline { list-style: none; padding: 0; margin: 0; font-size: .92em; }
ul.outline li { margin: .1em 0; }
ul.outline .l2 { padding-left: 1.2em; } ul.outline .l3 { padding-left: 2.4em; } ul.outline .l4 { padding-left: 3.6em; }
ul.outline .l5 { padding-left: 4.8em; } ul.outline .l6 { padding-left: 6em; }
blockquote { margin: .6em 0 .2em; padding: .4em .9em; border-left: 4px solid ${COLOR_SET.yellow.swatch}; background: #${COLOR_SET.yellow.fill}; white-space: pre-wrap; }
${COLORS.map((c) => `blockquote.${c} { border-color: ${COLOR_SET[c].swatch}; background: #${COLOR_SET[c].fill}; }`).join('\n')}
p.note { margin: .2em 0 1em .9em; color: #333; white-space: pre-wrap; }
p.note::before { content: "✎ "; color: #888; }
p.empty { color: #888; font-style: italic; }
section.text p { margin: .5em 0; }
table.data { border-collapse: collapse; margin: .8em 0; font-size: .92em; }
table.data td { border: 1px solid #bbb; padding: .3em .6em; vertical-align: top; }
section.text h4, section.text h5, section.text h6 { margin: 1em 0 .4em; color: #333; }
mark { background: #${COLOR_SET.yellow.fill}; color: inherit; padding: 0 .05em; }
${COLORS.map((c) => `mark.${c} { background: #${COLOR_SET[c].fill}; box-shadow: inset 0 -2px ${COLOR_SET[c].swatch}; }`).join('\n')}
sup.fn a { text-decoration: none; padding: 0 .1em; }
section.footnotes { font-size: .9em; border-top: 1px solid #ddd; margin-top: 1.2em; }
section.footnotes li { white-space: pre-wrap; }
.missing { color: #888; font-style: italic; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  article.clip { break-before: page; } article.clip:first-of-type { break-before: auto; }
  blockquote, p.note, tr { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  blockquote, mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
@page { margin: 18mm 16mm; }
`;
