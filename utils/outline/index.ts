/**
 * buildOutline: the structure of an extracted article as a human reader would outline it, from numbering
 * (一、（一）1.（1）, 第X章/第X条, Part/Section), heading tags, bold or centred title lines and run-in leads.
 * Adds an id to the element where each entry starts, so the stored article can be navigated.
 */
import type { OutlineEntry } from '../types';
import { collectLines, type Line } from './blocks';
import { classify, type Candidate } from './classify';
import { assignLevels } from './levels';
import { articleTitle, codeTitle, entryTitle, previewOf, sectionTitle } from './title';
import { dropFrontMatter } from './contents';
import { dropListedHeads } from './listed-heads';
import { boldRunIn, capsLead } from './act-heads';
import { runInCaption } from './runin-caption';
import { withPartLines } from './part-lines';
import { dropCoverNotes } from './cover-notes';

export interface OutlineOptions {
  /** the document's own title: lines repeating it are not headings */
  docTitle?: string;
  /** prefix of the anchor ids added to the article */
  idPrefix?: string;
}

export function buildOutline(root: Element, opts: OutlineOptions = {}): OutlineEntry[] {
  const lines = collectLines(root);
  const heads = dropCoverNotes(withPartLines(lines, classify(lines, opts.docTitle ?? '')), lines);
  const placed = assignLevels(dropListedHeads(dropFrontMatter(heads)));
  const prefix = opts.idPrefix ?? 'cm-h-';
  return placed.map(({ cand, level }, i) => {
    const anchor = `${prefix}${i + 1}`;
    placeAnchor(cand.line, anchor);
    return { level, label: cand.label?.label ?? null, title: titleOf(cand), preview: previewOf(cand.rest), anchor };
  });
}

function titleOf(c: Candidate): string {
  if (c.kind === 'enclosure' || c.kind === 'bold' || c.kind === 'htag') return c.rest.trim();
  if (c.kind === 'attachment' || c.kind === 'series') return c.rest.trim();
  if (c.style === 'runin-bold') return c.line.boldLead.replace(/[。：；:;，,]+$/, '').trim();
  if (c.style === 'runin-caps') return capsLead(c.rest) ?? '';
  if (c.kind === 'runin') return (/^(.*?)[。：；:;！？]/.exec(c.rest)?.[1] ?? c.rest).trim().slice(0, 60);
  if (c.label?.style === 'tiao') return articleTitle(c.rest);
  // "1. **Publish a plan.** The plan should …": the bold lead is the paragraph's title
  if (c.kind === 'numbered' && boldRunIn(c.line)) return c.line.labelLead.replace(/[.:;,]$/, '');
  if (/^(dec[23]|ar-dot)$/.test(c.style) && runInCaption(c.rest)) return runInCaption(c.rest);
  // a caption on a line of its own (above its section's number, or under its label) is set off as a heading is
  if (c.label?.style === 'en-section' || c.label?.style === 'en-article')
    return sectionTitle(c.rest, c.line.heading > 0 || c.line.bold || c.joined.length > 0);
  // a caption on a line of its own is whole, its own periods too ("… Being Collected. Right to Access …")
  if (c.label?.style === 'en-code') return c.joined.length ? c.rest.trim().replace(/\.$/, '') : codeTitle(c.rest);
  // a unit's caption closed by the print's period ("Part A—Interpretation."): the period is no part of the name
  if (/^en-(part|chapter|division)$/.test(c.style) && /^[^.]+[^.\s]\.$/.test(c.rest.trim())) return c.rest.trim().slice(0, -1);
  return entryTitle(c.rest);
}

/** The line's block gets the id; a line after a <br> gets an empty marker element of its own. */
function placeAnchor(line: Line, id: string): void {
  const block = line.block;
  if (block.ownerDocument.getElementById(id)) return; // built before on this element: keep it idempotent
  const first = block.firstChild;
  const startsBlock = first === line.start || (!!first && first.contains(line.start) && !hasTextBefore(block, line.start));
  if (startsBlock && !block.id) {
    block.id = id;
    return;
  }
  const marker = block.ownerDocument.createElement('span');
  marker.id = id;
  line.start.parentNode?.insertBefore(marker, line.start);
}

function hasTextBefore(block: Element, node: Node): boolean {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n && n !== node; n = walker.nextNode()) if ((n.nodeValue ?? '').trim()) return true;
  return false;
}
