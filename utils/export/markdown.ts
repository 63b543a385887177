/**
 * Markdown for Obsidian and plain editors: one file per clip, YAML front matter (markdown-front.ts), the outline as
 * headings (markdown-heads.ts), the clip's text under them with the highlights marked inline as ==marks== and
 * their notes as footnotes (markdown-marks.ts). Highlights that cannot be placed in the text are listed at the end.
 *
 * The body is written from the clip's plain TEXT (one paragraph per line), not its HTML: converting HTML needs a
 * DOM (utils/markdown/html-to-markdown.ts), and only the text lets us place the outline headings and highlights
 * at their exact positions. Tables and links of the page are therefore flattened to text.
 */
import { anchorAll } from '../anchoring';
import type { Highlight } from '../model';
import { clipViews, outlinePaths, pathKey, SECTION_SEPARATOR, tidy, type ClipView } from './common';
import { frontMatter } from './markdown-front';
import { pickHeadings } from './markdown-heads';
import { Footnotes, markedParagraphs, tidyMarks, type Mark } from './markdown-marks';
import { mdInline, mdQuote, uniqueNames } from './markdown-text';
import type { ExportBundle, ExportClock, ExportFile } from './types';
import { zipEntries } from './zip';

export { frontMatter } from './markdown-front';

export interface MarkdownOptions {
  /** write each section's text under its heading (default true); false gives outline + highlights only */
  includeText?: boolean;
}

/** The file's own words, in the clip's language (a Markdown file is read on its own, away from the UI). */
const WORDS = { zh: { highlights: '高亮', untitled: '无标题' }, en: { highlights: 'Highlights', untitled: 'Untitled' } };
const wordsFor = (v: ClipView) => WORDS[/^zh/i.test(v.clip.lang) || (!v.clip.lang && /\p{Script=Han}/u.test(v.clip.title)) ? 'zh' : 'en'];

const squash = (s: string) => s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');

/** A highlight listed on its own: its quote, its section when asked, its note as a footnote. */
function quoteBlock(h: Highlight, notes: Footnotes, showPath: boolean): string {
  const path =
    showPath && h.selectors.outlinePath.length ? `**${mdInline(tidy(h.selectors.outlinePath.join(SECTION_SEPARATOR)))}**\n\n` : '';
  const quote = mdQuote(h.selectors.quote) || '>';
  return `${path}${quote}${h.note.trim() ? notes.ref(h.note) : ''}`;
}

type Placed = Mark & { h: Highlight };

/** The highlights the text holds (anchored as the reader anchors them), and those it does not. */
function place(text: string, highlights: readonly Highlight[]): { marks: Placed[]; rest: Highlight[] } {
  if (!text || !highlights.length) return { marks: [], rest: [...highlights] };
  const anchors = anchorAll(
    text,
    highlights.map((h) => h.selectors),
  );
  const found: Placed[] = [];
  const rest: Highlight[] = [];
  highlights.forEach((h, i) => {
    const a = anchors[i];
    if (a && a.end > a.start) found.push({ start: a.start, end: a.end, note: h.note.trim(), h });
    else rest.push(h);
  });
  const { marks, inside } = tidyMarks(found);
  return { marks, rest: [...rest, ...inside.map((m) => m.h)] };
}

export function clipMarkdown(v: ClipView, includeText = true): string {
  const words = wordsFor(v);
  const title = tidy(v.clip.title);
  const out = [frontMatter(v), `# ${mdInline(title) || words.untitled}`];
  const outline = v.body?.outline ?? [];
  const text = includeText ? (v.body?.text ?? '') : '';
  const notes = new Footnotes();
  const heads = pickHeadings(text, outline);
  const { marks, rest } = place(text, v.highlights);
  // Without text, highlights go under the first heading with their path; the rest at the end.
  const paths = outlinePaths(outline).map(pathKey);
  const under = new Map<number, Highlight[]>();
  for (const h of text ? [] : rest.splice(0)) {
    const i = h.selectors.outlinePath.length ? paths.indexOf(pathKey(h.selectors.outlinePath)) : -1;
    const head = heads.find((x) => x.index === i);
    if (head) under.set(i, [...(under.get(i) ?? []), h]);
    else rest.push(h);
  }
  const found = heads.filter((x) => x.at >= 0);
  const preamble = markedParagraphs(text, 0, found[0]?.at ?? text.length, marks, notes);
  if (preamble[0] && squash(preamble[0]) === squash(mdInline(title))) preamble.shift(); // the title, again
  out.push(...preamble);
  heads.forEach((x) => {
    out.push(`${'#'.repeat(Math.min(6, x.entry.level + 1))} ${mdInline(x.text)}`);
    for (const h of under.get(x.index) ?? []) out.push(quoteBlock(h, notes, false));
    if (x.at < 0) return;
    const next = found[found.indexOf(x) + 1]?.at ?? text.length;
    out.push(...markedParagraphs(text, x.at, next, marks, notes, x.body));
  });
  // a highlight wholly in a heading's words (written as the heading) is listed, as is a note that found no place
  marks.forEach((m, k) => (!notes.shown.has(k) || (m.note && !notes.referenced.has(k))) && rest.push(m.h));
  if (rest.length) out.push(`## ${words.highlights}`, ...rest.map((h) => quoteBlock(h, notes, true)));
  out.push(...notes.render());
  return out.join('\n\n') + '\n';
}

/** One Markdown file per clip, named after its title (unique, ≤ 80 characters + ".md"). */
export function toMarkdown(bundle: ExportBundle, opts: MarkdownOptions = {}): { files: ExportFile[] } {
  const views = clipViews(bundle);
  const names = uniqueNames(
    views.map((v) => v.clip.title),
    '.md',
  );
  return { files: views.map((v, i) => ({ name: names[i]!, content: clipMarkdown(v, opts.includeText ?? true) })) };
}

/** The Markdown files in one zip (UTF-8 names), for exporting several clips at once. */
export function toMarkdownZip(bundle: ExportBundle, opts: MarkdownOptions & ExportClock = {}): Uint8Array {
  return zipEntries(toMarkdown(bundle, opts).files, { now: opts.now });
}
