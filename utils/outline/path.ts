/**
 * Which outline entries enclose a position in the page's visible text: the headings are found in order in the
 * text (as utils/outline/locate.ts recognises them: label + start of title, whitespace ignored), then the last
 * heading before the position and its ancestors by level give the path, e.g. ['第三章 附则', '第十二条'].
 */
import { headingKey } from './heading-key';
import type { OutlineEntry } from '../model';

const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/;

/** Offset in `text` where each entry's heading starts, or -1 when it is not found. */
export function headingOffsets(text: string, outline: readonly OutlineEntry[]): number[] {
  let squashed = '';
  const back: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (SPACE.test(text[i]!)) continue;
    squashed += text[i];
    back.push(i);
  }
  const lineStart = (sq: number) => {
    const i = back[sq]!;
    return i === 0 || text[i - 1] === '\n';
  };
  const out: number[] = [];
  let from = 0;
  for (const entry of outline) {
    const key = headingKey(entry);
    let any = -1;
    let found = -1;
    for (let at = key ? squashed.indexOf(key, from) : -1; at >= 0; at = squashed.indexOf(key, at + 1)) {
      if (any < 0) any = at;
      if (lineStart(at)) {
        found = at;
        break;
      }
    }
    if (found < 0) found = any; // a heading run into a line is better than none
    out.push(found < 0 ? -1 : back[found]!);
    if (found >= 0) from = found + key.length;
  }
  return out;
}

/** How an entry reads in a path: label and title, or the label alone (law articles), or its first words. */
export function entryLabel(e: OutlineEntry): string {
  const label = (e.label ?? '').trim();
  const title = e.title.trim();
  if (label && title) return /[、．.）)\]】:：]$/.test(label) ? `${label}${title}` : `${label} ${title}`;
  return label || title || e.preview.trim();
}

/** Labels of the outline entries enclosing `offset`, outermost first; [] before the first heading. */
export function outlinePathAt(outline: readonly OutlineEntry[], offsets: readonly number[], offset: number): string[] {
  let last = -1;
  for (let i = 0; i < outline.length; i++) if (offsets[i]! >= 0 && offsets[i]! <= offset) last = i;
  if (last < 0) return [];
  const path = [outline[last]!];
  let level = outline[last]!.level;
  for (let i = last - 1; i >= 0; i--) {
    if (outline[i]!.level < level) {
      path.unshift(outline[i]!);
      level = outline[i]!.level;
    }
  }
  return path.map(entryLabel);
}
