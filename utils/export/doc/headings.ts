/**
 * Where each outline heading sits in a clip's text, and how much of its line it takes: a titled heading takes its
 * label and title ("第一章　总　　则", "（一）推行“一件事一次办”"), an untitled law article only its label ("第五条"),
 * the article text following as a paragraph. Pure, on the stored text.
 */
import type { OutlineEntry } from '../../model';
import { headingOffsets } from '../../outline/path';
import { squashAll } from '../../outline/heading-key';

const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/;

export interface HeadingSpan {
  entry: OutlineEntry;
  /** start and end of the heading in the text; end = -1 when the heading text was not found as written */
  start: number;
  end: number;
}

/** End of `want` (whitespace ignored) read in `text` from `from`, or -1 when the text says something else. */
function consume(text: string, from: number, want: string): number {
  let i = from;
  for (const ch of want) {
    while (i < text.length && text[i] !== '\n' && SPACE.test(text[i]!)) i++;
    if (text[i] !== ch) return -1;
    i++;
  }
  return i;
}

/** Headings that start a line, by offset (the first entry wins where two share one). */
export function headingSpans(text: string, outline: readonly OutlineEntry[]): Map<number, HeadingSpan> {
  const out = new Map<number, HeadingSpan>();
  const offsets = headingOffsets(text, outline);
  outline.forEach((entry, i) => {
    const start = offsets[i]!;
    if (start < 0 || (start > 0 && text[start - 1] !== '\n') || out.has(start)) return;
    const label = squashAll(entry.label ?? '');
    const full = consume(text, start, label + squashAll(entry.title));
    const end = full >= 0 ? full : !entry.title && label ? consume(text, start, label) : -1;
    out.set(start, { entry, start, end });
  });
  return out;
}
