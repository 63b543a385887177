/**
 * A clip's full text in Word, as WordprocessingML: outline headings as Heading 3–6 (under the clip's Heading 1 and
 * the part's Heading 2), data tables as tables, highlights as highlighted runs, each note a Word comment anchored
 * on its highlight.
 */
import type { DocBody, Inline } from './doc/body';
import { dataTable, heading, para, wt } from './docx-xml';
import { WORD_HIGHLIGHT } from './docx-text';

/** A note to become a Word comment; ids are unique across the document. */
export interface NoteComment {
  id: number;
  highlightId: string;
  note: string;
}

export function bodyXml(body: DocBody, comments: NoteComment[]): string {
  const ids = new Map<string, number>();
  const kids = (items: readonly Inline[]): string => {
    let out = '';
    for (const it of items) {
      if (it.kind === 'text') {
        const pr = it.mark ? `<w:rPr><w:highlight w:val="${WORD_HIGHLIGHT[it.mark.color]}"/></w:rPr>` : '';
        // a table cell's lines are one paragraph with breaks
        out += it.text.includes('\n')
          ? it.text
              .split('\n')
              .map((t, i) => `<w:r>${pr}${i ? '<w:br/>' : ''}${wt(t)}</w:r>`)
              .join('')
          : `<w:r>${pr}${wt(it.text)}</w:r>`;
      } else if (it.mark.note && it.kind === 'open') {
        const id = comments.length;
        comments.push({ id, highlightId: it.mark.id, note: it.mark.note });
        ids.set(it.mark.id, id);
        out += `<w:commentRangeStart w:id="${id}"/>`;
      } else if (it.mark.note && ids.has(it.mark.id)) {
        const id = ids.get(it.mark.id)!;
        out += `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
      }
    }
    return out;
  };
  let out = '';
  for (const b of body.blocks) {
    if (b.kind === 'table') out += dataTable(b.rows.map((row) => row.map((cell) => para(kids(cell)))));
    else out += b.kind === 'heading' ? heading(Math.min(6, b.level + 2), kids(b.items)) : para(kids(b.items));
  }
  return out;
}
