/**
 * Which outline entries become Markdown headings, and where their section's text starts. A heading is the entry's
 * label and title as the outline names it; the words of the heading are not repeated in the text below it.
 * - An untitled article (第五条) is the heading `第五条`, and the article's text follows without its label.
 * - A title that is only the first words of a paragraph (the outline names numbered paragraphs by their lead, at
 *   most 60 characters, possibly mid-word) is no caption: the heading is the label, the paragraph follows whole.
 * - An entry without a label must stand on a line of its own in the text (a real heading line); a link or a
 *   sentence the outline picked up elsewhere is not a heading.
 */
import type { OutlineEntry } from '../model';
import { entryLabel, headingOffsets } from '../outline/path';
import { tidy } from './common';

export interface Heading {
  entry: OutlineEntry;
  /** index in the outline (highlights are matched to entries by their path) */
  index: number;
  text: string;
  /** where the heading is in the text, or -1 (not found, or no text) */
  at: number;
  /** where the section's own text starts: after the heading's words */
  body: number;
}

const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/;
const squash = (s: string) => s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');

/** Offset just after `lead` (compared whitespace-blind) read from `at` on the same line, or -1. */
function after(text: string, at: number, lead: string): number {
  let j = at;
  for (const ch of squash(lead)) {
    while (j < text.length && SPACE.test(text[j]!) && text[j] !== '\n') j++;
    if (text[j] !== ch) return -1;
    j++;
  }
  return j;
}

/** A title cut by length: it ends inside a word, or is followed by more of its sentence, not by an end or a stop. */
const runsOn = (text: string, end: number): boolean => {
  let j = end;
  while (j < text.length && text[j] !== '\n' && SPACE.test(text[j]!)) j++;
  // a caption ends at a stop (。：；) or the line's end; a comma means the sentence goes on
  return j < text.length && text[j] !== '\n' && !/[。：；:;.！？!?]/.test(text[j]!);
};

/** Nothing but whitespace from `j` to the end of its line. */
const lineEnds = (text: string, j: number): boolean => /^[^\S\n]*(\n|$)/.test(text.slice(j, j + 200));

/** A Latin title of the outline's maximum length ends at its last whole word (no text to tell where it was cut). */
const wholeWords = (title: string): string =>
  title.length >= 59 && /[A-Za-z]$/.test(title) && / \S+$/.test(title) ? `${title.replace(/ \S+$/, '')} …` : title;

/** Label and title as a heading; an English "(1)" or "1." label is followed by a space ("(1) In this Part"). */
function headingOf(e: OutlineEntry, title = e.title): string {
  const label = tidy(e.label ?? '');
  const t = tidy(title);
  return label && t && /[.)\]]$/.test(label) && /^[A-Za-z0-9]/.test(t) ? `${label} ${t}` : tidy(entryLabel({ ...e, title: t }));
}

export function pickHeadings(text: string, outline: readonly OutlineEntry[]): Heading[] {
  const offsets = text ? headingOffsets(text, outline) : outline.map(() => -1);
  const out: Heading[] = [];
  outline.forEach((entry, index) => {
    const label = tidy(entry.label ?? '');
    const title = tidy(entry.title);
    if (!label && !title) return;
    const at = offsets[index]!;
    if (!text || at < 0) {
      // without text nothing shows where a title was cut; an unlabeled entry not in the text is no heading
      if (label || !text) out.push({ entry, index, text: headingOf(entry, wholeWords(title)), at: -1, body: -1 });
      return;
    }
    const full = after(text, at, (entry.label ?? '') + entry.title);
    if (!label) {
      const lineStart = at === 0 || text[at - 1] === '\n';
      if (lineStart && full >= 0 && lineEnds(text, full)) out.push({ entry, index, text: title, at, body: full });
      return;
    }
    const labelEnd = after(text, at, entry.label ?? '');
    if (title && full >= 0 && !runsOn(text, full)) {
      let body = full;
      while (/[。：；:;.]/.test(text[body] ?? '')) body++; // the stop after a run-in caption
      out.push({ entry, index, text: headingOf(entry), at, body });
    } else if (title && full < 0) out.push({ entry, index, text: headingOf(entry), at, body: at });
    else out.push({ entry, index, text: label, at, body: labelEnd < 0 ? at : labelEnd });
  });
  return out;
}
