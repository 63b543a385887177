/**
 * A clip's full text in the HTML export: outline headings as <h4>–<h6>, data tables as tables, highlights as <mark> in their colour, each
 * note a footnote (a numbered link after the highlight, the notes listed after the text). All text escaped.
 */
import type { DocBody, DocMark, Inline } from './doc/body';
import { escapeHtml } from './html-escape';
import type { Labels } from './labels';

const fnId = (clip: number, m: DocMark) => `fn-${clip}-${m.n}`;

export function htmlBody(body: DocBody, clip: number, l: Labels): string {
  const notes: DocMark[] = [];
  const inline = (items: readonly Inline[]): string => {
    let html = '';
    for (const it of items) {
      if (it.kind === 'text') {
        const t = escapeHtml(it.text).replace(/\n/g, '<br>'); // a table cell's lines
        html += it.mark ? `<mark class="${it.mark.color}">${t}</mark>` : t;
      } else if (it.kind === 'close' && it.mark.note) {
        notes.push(it.mark);
        const id = fnId(clip, it.mark);
        html += `<sup class="fn"><a href="#${id}" id="ref-${id}">${notes.length}</a></sup>`;
      }
    }
    return html;
  };
  const blocks = body.blocks.map((b) => {
    if (b.kind === 'table')
      return `<table class="data">${b.rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</table>`;
    if (b.kind === 'para') return `<p>${inline(b.items)}</p>`;
    const h = Math.min(6, b.level + 3);
    return `<h${h}>${inline(b.items)}</h${h}>`;
  });
  const list = notes.map((m) => `<li id="${fnId(clip, m)}">${escapeHtml(m.note)} <a href="#ref-${fnId(clip, m)}" class="back">↩</a></li>`);
  const footnotes = list.length ? `<section class="footnotes"><h4>${escapeHtml(l('notes'))}</h4><ol>${list.join('')}</ol></section>` : '';
  return `<section class="text"><h3>${escapeHtml(l('fullText'))}</h3>${blocks.join('')}${footnotes}</section>`;
}
