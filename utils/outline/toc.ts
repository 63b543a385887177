/** Where a table of contents printed before the body ends. */
import type { Line } from './blocks';
import { nospace } from './heads';

// A printed 目录 sets each entry's page after a run of leader dots: `一、实施背景………- 1 -`, `附录2：竞价指引....8`.
const LEADER = /(?:[.．。…·・_]{3,}|…+)[-—–]?\d{0,4}[-—–]?$/;

/** Leaders a Word export also sets between an entry's number and its title: `1............ Short title....1` */
const INNER_LEADER = /[.．。…·・_]{3,}/g;

/**
 * The page number ending a linked contents entry (a Word Contents field: `1.<tab>Introduction<tab>1`, each entry a
 * link to its heading), which the body's heading does not print.
 */
const LINKED_PAGE = /\s+(?:\d{1,4}|[ivxlc]{1,7})$/i;

/** The line is one link to a place on the page (`<a href="#_Toc522716258">`), as a Contents field's entry is. */
function linksInPage(l: Line): boolean {
  const a = l.block.querySelector('a[href^="#"]');
  return !!a && nospace(a.textContent ?? '') === nospace(l.block.textContent ?? '');
}

/** A TOC entry as the body prints its heading: without leaders and page number. */
const tocKey = (text: string) => nospace(text).replace(LEADER, '').replace(INNER_LEADER, '');

/**
 * A TOC block runs from its marker until the body repeats the TOC's first entry. An English contents list whose first
 * entry the body never prints in the same words (Long Title; a Part's number and name on two lines in the body) runs
 * while its lines are entries, up to the first sentence — or up to the first heading tag when its entries are plain
 * lines (a Word file's Contents field, then its `1. Introduction` heading and the body's first sentence under it).
 */
export function tocEnd(lines: Line[], marker: number): number {
  const first = lines[marker + 1];
  if (!first) return marker;
  const key = tocKey(linksInPage(first) ? first.text.trim().replace(LINKED_PAGE, '') : first.text);
  for (let j = marker + 2; j < lines.length; j++) if (nospace(lines[j]!.text) === key) return j - 1;
  if (!/^[A-Z]/.test(first.text)) return marker;
  let j = marker + 1;
  const bodyHead = (l: Line) => !first.heading && l.heading > 0;
  while (j < lines.length && !SENTENCE.test(lines[j]!.text.trim()) && !bodyHead(lines[j]!)) j++;
  return j < lines.length && j - marker > MIN_ENTRIES ? j - 1 : marker;
}

/** A line of prose: long, or ended as a sentence is */
const SENTENCE = /^.{151,}$|[.!?;:。！？；：]$/;
const MIN_ENTRIES = 3;
