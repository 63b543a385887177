/**
 * A clip's full text in the HTML export: outline headings as <h4>–<h6>, highlights as <mark> in their colour, each
 * note a footnote (a numbered link after the highlight, the notes listed after the text). All text escaped.
 */
import type { DocBody, DocMark } from './doc/body';
import { escapeHtml } from './html-escape';
import type { Labels } from './labels';

const fnId = (clip: number, m: DocMark) => `fn-${clip}-${m.n}`;

export function htmlBody(body: DocBody, clip: number, l: Labels): string {
  const notes: DocMark[] = [];
  const blocks = body.blocks.map((b) => {
    let html = '';
    for (const it of b.items) {
      if (it.kind === 'text') html += it.mark ? `<mark class="${it.mark.color}">${escapeHtml(it.text)}</mark>` : escapeHtml(it.text);
      else if (it.kind === 'close' && it.mark.note) {
        notes.push(it.mark);
        const id = fnId(clip, it.mark);
        html += `<sup class="fn"><a href="#${id}" id="ref-${id}">${notes.length}</a></sup>`;
      }
    }
    if (b.kind === 'para') return `<p>${html}</p>`;
    const h = Math.min(6, b.level + 3);
    return `<h${h}>${html}</h${h}>`;
  });
  const list = notes.map((m) => `<li id="${fnId(clip, m)}">${escapeHtml(m.note)} <a href="#ref-${fnId(clip, m)}" class="back">↩</a></li>`);
  const footnotes = list.length ? `<section class="footnotes"><h4>${escapeHtml(l('notes'))}</h4><ol>${list.join('')}</ol></section>` : '';
  return `<section class="text"><h3>${escapeHtml(l('fullText'))}</h3>${blocks.join('')}${footnotes}</section>`;
}
