/** Helpers shared by every export format: sections, ordering, dates, collections. */
import type { Clip, ClipBody, Highlight, OutlineEntry } from '../model';
import { entryLabel } from '../outline/path';
import { formatDate } from '../format';
import { SECTION_SEPARATOR } from '../outline/groups';
import type { ExportBundle } from './types';

export { SECTION_SEPARATOR };

/** A file clip's medium as citation managers spell it ('PDF', 'Word'); '' for a web page. */
export const mediumOf = (c: Pick<Clip, 'source'>): string => (c.source === 'pdf' ? 'PDF' : c.source === 'docx' ? 'Word' : '');

/** Whitespace of any kind collapsed: outlines keep the page's full-width spaces (总　　则). */
export const tidy = (s: string): string => s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();

/** How an outline entry reads as a heading: label + title; untitled law articles show label + first words. */
export function headingText(e: OutlineEntry): string {
  const label = tidy(e.label ?? '');
  if (label && !tidy(e.title) && tidy(e.preview)) return `${label} ${tidy(e.preview)}`;
  return tidy(entryLabel(e));
}

/** Each entry's path as highlights store it (ancestors by level, then itself), compared whitespace-blind. */
export function outlinePaths(outline: readonly OutlineEntry[]): string[][] {
  const stack: { level: number; label: string }[] = [];
  return outline.map((e) => {
    while (stack.length && stack[stack.length - 1]!.level >= e.level) stack.pop();
    stack.push({ level: e.level, label: entryLabel(e) });
    return stack.map((s) => s.label);
  });
}

export const pathKey = (path: readonly string[]): string => path.map(tidy).join(SECTION_SEPARATOR);

/** Page order, then creation order: how a reader meets them. */
export function byPosition(a: Highlight, b: Highlight): number {
  return a.selectors.start - b.selectors.start || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface SectionGroup {
  /** tidied path; [] for highlights before the first heading */
  path: string[];
  items: Highlight[];
}

/** Highlights grouped by section, sections in order of their first highlight in the page. */
export function groupBySection(highlights: readonly Highlight[]): SectionGroup[] {
  const groups = new Map<string, SectionGroup>();
  for (const h of [...highlights].sort(byPosition)) {
    const key = pathKey(h.selectors.outlinePath);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { path: h.selectors.outlinePath.map(tidy).filter(Boolean), items: [] }));
    g.items.push(h);
  }
  return [...groups.values()];
}

/** Index of a bundle by clip: its body, highlights (page order) and collection names (alphabetical). */
export interface ClipView {
  clip: Clip;
  body: ClipBody | undefined;
  highlights: Highlight[];
  collections: string[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A notice's 附件 (issue 18) come right after it, in the order it printed them (附件1, 附件2…); every other clip
 * keeps its place. An attachment whose notice is not exported stays where it was.
 */
export function attachmentsAfterNotices(clips: readonly Clip[]): Clip[] {
  const present = new Set(clips.map((c) => c.id));
  const under = new Map<string, Clip[]>();
  for (const c of clips) if (c.attachmentOf && c.attachmentOf !== c.id && present.has(c.attachmentOf)) push(under, c.attachmentOf, c);
  if (!under.size) return [...clips];
  const out: Clip[] = [];
  const placed = new Set<string>();
  const place = (c: Clip) => {
    if (placed.has(c.id)) return;
    placed.add(c.id);
    out.push(c);
    const kids = (under.get(c.id) ?? []).sort((a, b) =>
      (a.attachmentName ?? '').localeCompare(b.attachmentName ?? '', 'zh-CN', { numeric: true }),
    );
    kids.forEach(place);
  };
  for (const c of clips) if (!(c.attachmentOf && present.has(c.attachmentOf) && c.attachmentOf !== c.id)) place(c);
  clips.forEach(place); // a cycle of links (only a hand-edited backup could make one) still exports every clip
  return out;
}

export function clipViews(bundle: ExportBundle): ClipView[] {
  const bodies = new Map(bundle.bodies.map((b) => [b.clipId, b]));
  const names = new Map(bundle.collections.map((c) => [c.id, c.name]));
  const hl = new Map<string, Highlight[]>();
  for (const h of bundle.highlights) push(hl, h.clipId, h);
  const cols = new Map<string, string[]>();
  for (const m of bundle.memberships ?? []) {
    const name = names.get(m.collectionId);
    if (name !== undefined) push(cols, m.clipId, name);
  }
  return attachmentsAfterNotices(bundle.clips).map((clip) => ({
    clip,
    body: bodies.get(clip.id),
    highlights: (hl.get(clip.id) ?? []).sort(byPosition),
    collections: [...new Set(cols.get(clip.id) ?? [])].sort(),
  }));
}

/** Publication date as a reader cites it: the policy's own date first, then the page's. */
export const publishedDate = (c: Clip): string => c.policy.publishDate || formatDate(c.publishedTime) || c.policy.writtenDate;

export const savedDate = (c: Clip): string => formatDate(c.savedAt);

export { formatDate };
