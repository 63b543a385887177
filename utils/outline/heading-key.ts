/**
 * How an outline entry is recognised as a heading of a live page, and told apart from entries with the same heading
 * (（一） under 一、 and again under 二、): the popup asks for an entry by key and occurrence, the page finds it
 * (locate.ts), and highlights take their outline path from the same keys (path.ts).
 */
import type { OutlineEntry } from '../model';

export type HeadingTarget = Pick<OutlineEntry, 'label' | 'title' | 'preview'>;

/** Enough of a heading to recognise it; the outline builder may trim or shorten long titles differently. */
const KEY_CHARS = 24;

/** Whitespace of any kind (no-break, full-width, zero-width) is dropped: pages and outlines space labels differently. */
export function squashAll(s: string): string {
  return s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
}

/** What a heading's visible text starts with: label + title, or label + the first words when there is no title. */
export function headingKey(t: HeadingTarget): string {
  const rest = t.title || t.preview.replace(/(…|\.\.\.)+$/, '');
  return squashAll(t.label ?? '') + squashAll(rest).slice(0, KEY_CHARS);
}

/** How many entries have the same key as the one at `index`, that one included. */
export function headingCount(keys: readonly string[], index: number): number {
  return keys.reduce((n, k) => (k === keys[index] ? n + 1 : n), 0);
}

/** How many entries before `index` have the same key (0-based): which of the page's equal headings is meant. */
export function headingOccurrence(keys: readonly string[], index: number): number {
  let n = 0;
  for (let j = 0; j < index; j++) if (keys[j] === keys[index]) n++;
  return n;
}
