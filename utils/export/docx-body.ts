/**
 * A clip's full text in Word: outline headings as Heading 3–6 (under the clip's Heading 1 and the part's Heading 2),
 * highlights as highlighted runs, each note a Word comment anchored on its highlight.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, HeadingLevel, Paragraph, TextRun, type ICommentOptions } from 'docx';
import type { DocBody, DocMark, Inline } from './doc/body';
import { lines, WORD_HIGHLIGHT, xmlSafe } from './docx-text';

const LEVELS = [HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

/** Comments of the whole document: ids are unique across clips. */
export interface CommentSink {
  comments: ICommentOptions[];
  author: string;
}

type Child = TextRun | CommentRangeStart | CommentRangeEnd;

function children(items: readonly Inline[], ids: Map<string, number>, sink: CommentSink, note: (m: DocMark) => void): Child[] {
  const out: Child[] = [];
  for (const it of items) {
    if (it.kind === 'text') {
      out.push(new TextRun({ text: xmlSafe(it.text), ...(it.mark ? { highlight: WORD_HIGHLIGHT[it.mark.color] } : {}) }));
      continue;
    }
    if (!it.mark.note) continue;
    if (it.kind === 'open') {
      const id = sink.comments.length + ids.size;
      ids.set(it.mark.id, id);
      note(it.mark);
      out.push(new CommentRangeStart(id));
    } else {
      const id = ids.get(it.mark.id);
      if (id === undefined) continue;
      out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    }
  }
  return out;
}

export function bodyParagraphs(body: DocBody, sink: CommentSink, date?: (id: string) => Date | undefined): Paragraph[] {
  const ids = new Map<string, number>();
  const pending: ICommentOptions[] = [];
  const note = (m: DocMark) =>
    pending.push({
      id: sink.comments.length + pending.length,
      author: sink.author,
      initials: 'CM',
      date: date?.(m.id),
      children: [new Paragraph({ children: lines(m.note) })],
    });
  const paragraphs = body.blocks.map((b) => {
    const kids = children(b.items, ids, sink, note);
    return b.kind === 'heading'
      ? new Paragraph({ heading: LEVELS[Math.min(LEVELS.length, b.level) - 1], children: kids })
      : new Paragraph({ style: 'ClipBody', children: kids });
  });
  sink.comments.push(...pending);
  return paragraphs;
}
