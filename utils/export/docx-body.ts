/**
 * A clip's full text in Word, as WordprocessingML: outline headings as Heading 3–6 (under the clip's Heading 1 and
 * the part's Heading 2), highlights as highlighted runs, each note a Word comment anchored on its highlight.
 */
import type { DocBody } from './doc/body';
import { esc, heading, para } from './docx-xml';
import { WORD_HIGHLIGHT } from './docx-text';

/** A note to become a Word comment; ids are unique across the document. */
export interface NoteComment {
  id: number;
  highlightId: string;
  note: string;
}

export function bodyXml(body: DocBody, comments: NoteComment[]): string {
  const ids = new Map<string, number>();
  let out = '';
  for (const b of body.blocks) {
    let kids = '';
    for (const it of b.items) {
      if (it.kind === 'text') {
        const pr = it.mark ? `<w:rPr><w:highlight w:val="${WORD_HIGHLIGHT[it.mark.color]}"/></w:rPr>` : '';
        kids += `<w:r>${pr}<w:t xml:space="preserve">${esc(it.text)}</w:t></w:r>`;
      } else if (it.mark.note && it.kind === 'open') {
        const id = comments.length;
        comments.push({ id, highlightId: it.mark.id, note: it.mark.note });
        ids.set(it.mark.id, id);
        kids += `<w:commentRangeStart w:id="${id}"/>`;
      } else if (it.mark.note && ids.has(it.mark.id)) {
        const id = ids.get(it.mark.id)!;
        kids += `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
      }
    }
    out += b.kind === 'heading' ? heading(Math.min(6, b.level + 2), kids) : para(kids);
  }
  return out;
}
