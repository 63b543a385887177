/**
 * Markdown for Obsidian and plain editors: one file per clip, YAML front matter, the outline as headings with the
 * highlights of each section under its heading, then the section's text.
 *
 * The body is written from the clip's plain TEXT (one paragraph per line), not its HTML: converting HTML needs a
 * DOM (utils/markdown/html-to-markdown.ts), and only the text lets us place the outline headings and highlights
 * at their exact positions. Tables and links of the page are therefore flattened to text.
 */
import type { Highlight, OutlineEntry } from '../model';
import { headingOffsets } from '../outline/path';
import { clipViews, headingText, outlinePaths, pathKey, publishedDate, savedDate, SECTION_SEPARATOR, tidy, type ClipView } from './common';
import { mdInline, mdParagraphs, mdQuote, uniqueNames, yamlString } from './markdown-text';
import type { ExportBundle, ExportClock, ExportFile } from './types';
import { zipEntries } from './zip';

export interface MarkdownOptions {
  /** write each section's text under its heading (default true); false gives outline + highlights only */
  includeText?: boolean;
}

function frontMatter(v: ClipView): string {
  const { clip } = v;
  const fields: [string, string][] = [
    ['title', clip.title],
    ['url', clip.url],
    ['site', clip.siteName],
    ['published', publishedDate(clip)],
    ['saved', savedDate(clip)],
    ['issuer', clip.policy.issuer],
    ['doc_number', clip.policy.docNumber],
  ];
  const lines = fields.filter(([k, val]) => val || k === 'title' || k === 'url').map(([k, val]) => `${k}: ${yamlString(val)}`);
  if (v.collections.length) lines.push('collections:', ...v.collections.map((c) => `  - ${yamlString(c)}`));
  return `---\n${lines.join('\n')}\n---`;
}

function highlightBlock(h: Highlight, showPath: boolean): string {
  const parts: string[] = [];
  if (showPath && h.selectors.outlinePath.length) parts.push(`**${mdInline(tidy(h.selectors.outlinePath.join(SECTION_SEPARATOR)))}**`);
  parts.push(mdQuote(h.selectors.quote) || '>');
  // one paragraph with hard breaks (a trailing backslash), so a multi-line note is not mistaken for body text
  const note = mdParagraphs(h.note);
  if (note.length) parts.push(`**Note:** ${note.join('\\\n')}`);
  return parts.join('\n\n');
}

const squash = (s: string) => s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');

/** A section's text; its first line is dropped when it is nothing but the heading (第一章　总　　则). */
function sectionText(text: string, entry: OutlineEntry | null): string[] {
  const lines = text.split('\n');
  if (entry && squash(lines[0] ?? '') === squash((entry.label ?? '') + entry.title)) lines.shift();
  return mdParagraphs(lines.join('\n'));
}

function clipMarkdown(v: ClipView, includeText: boolean): string {
  const out = [frontMatter(v), `# ${mdInline(tidy(v.clip.title)) || 'Untitled'}`];
  const outline = v.body?.outline ?? [];
  const text = includeText ? (v.body?.text ?? '') : '';
  const paths = outlinePaths(outline).map(pathKey);
  // Highlights go under the first entry with their path; the rest (no path, or a path the outline lost) at the end.
  const byEntry = new Map<number, Highlight[]>();
  const rest: Highlight[] = [];
  for (const h of v.highlights) {
    const i = h.selectors.outlinePath.length ? paths.indexOf(pathKey(h.selectors.outlinePath)) : -1;
    if (i < 0) rest.push(h);
    else byEntry.set(i, [...(byEntry.get(i) ?? []), h]);
  }
  const offsets = text ? headingOffsets(text, outline) : outline.map(() => -1);
  const found = offsets.map((o, i) => ({ o, i })).filter((x) => x.o >= 0);
  const ends = new Map(found.map((x, k) => [x.i, found[k + 1]?.o ?? text.length]));
  const preamble = sectionText(text.slice(0, found[0]?.o ?? text.length), null);
  if (preamble[0] && squash(preamble[0]) === squash(mdInline(v.clip.title))) preamble.shift(); // the title, again
  out.push(...preamble);
  outline.forEach((e, i) => {
    out.push(`${'#'.repeat(Math.min(6, e.level + 1))} ${mdInline(headingText(e)) || '…'}`);
    for (const h of byEntry.get(i) ?? []) out.push(highlightBlock(h, false));
    const end = ends.get(i);
    if (end !== undefined) out.push(...sectionText(text.slice(offsets[i], end), e));
  });
  if (rest.length) out.push('## Highlights', ...rest.map((h) => highlightBlock(h, true)));
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
