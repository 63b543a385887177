/**
 * The title: on the first page, the first run of lines set clearly bigger than the body (a title is often broken
 * over two or three lines). A red-header document's masthead (国务院办公厅文件) is bigger still but is no title.
 */
import type { Layout } from './layout';
import type { TextLine } from './types';
import { isTocMarker } from '../outline/heads';
import { organs } from '../organs';

/** The issuing organ's name set as a banner above a 红头文件's title (国务院办公厅文件), or a bulletin's name. */
export const MASTHEAD = /(?:文件|公报|简报|通讯)$/;

const MARK = /^(?:文件|公报|简报|通讯)$/;

/**
 * A masthead run: one banner (国务院办公厅文件), or a joint notice's organs stacked one a line beside a 文件 set
 * between them (发展改革委办公厅 / 文件 / 税务总局办公厅, read in the order of their baselines).
 */
function isMasthead(run: TextLine[]): boolean {
  const t = run.map((l) => l.text.replace(/\s+/g, ''));
  if (MASTHEAD.test(t.join(''))) return true;
  return t.some((x) => MARK.test(x)) && t.every((x) => MARK.test(x) || organs(x) !== null);
}

export interface TitleLines {
  title: Set<TextLine>;
  /** a masthead above the title: set as plain text, neither title nor heading */
  masthead: Set<TextLine>;
  /** with nothing set bigger: the centred lines heading the first page (a body-size title, its date), in order */
  head?: TextLine[];
}

const centred = (l: TextLine, m: Layout) => Math.abs(l.x - m.left - (m.right - l.x2)) < Math.max(l.size * 1.5, (m.right - m.left) * 0.06);

/**
 * Whether `l` carries on the title line `last`: the same size, or centred under it a size smaller (a company's name,
 * then 2018年第一季度报告).
 */
function carriesOn(last: TextLine, l: TextLine, m: Layout): boolean {
  const gap = l.y - last.y;
  if (Math.abs(last.size - l.size) < 0.5) return gap < l.size * 2.2;
  return gap < last.size * 2.4 && l.size < last.size && l.size >= last.size * 0.85 && centred(last, m) && centred(l, m);
}

/**
 * A Federal Register document's preamble opens with `AGENCY:`; its title is the bold run just above it, set in the
 * body's size (the bigger banner at the page's top, "Proposed Rules", names the section).
 */
function agencyTitle(first: TextLine[]): TextLine[] {
  const at = first.findIndex((l) => /^AGENCY:/.test(l.text));
  const run = at > 0 && first[at - 1]!.bold ? [first[at - 1]!] : [];
  for (let i = at - 2; run.length && i >= 0; i--) {
    const l = first[i]!;
    const next = run[0]!;
    if (!l.bold || Math.abs(l.size - next.size) >= 0.5 || !(next.y > l.y && next.y - l.y < l.size * 2.2)) break;
    run.unshift(l);
  }
  return run;
}

/** Words a title's line never ends in unless the title carries on below it. */
const OPEN_END = /\b(?:to|of|for|the|and|on|in|a|an|with|from|by|at|about|into)$/i;

/**
 * A lead-in set a size smaller right above the title, centred over it and ending mid-phrase (How to Guide to /
 * **Adult Name Changes**): the title's first words, not a line of its own.
 */
function leadIn(first: TextLine[], run: TextLine[], m: Layout): TextLine | null {
  const top = run[0]!;
  const l = first[first.indexOf(top) - 1];
  if (!l || !OPEN_END.test(l.text.trim()) || !centred(l, m) || !centred(top, m)) return null;
  const gap = top.y - l.y;
  return l.size < top.size && l.size > m.bodySize && gap > 0 && gap < top.size * 2.2 ? l : null;
}

export function titleLines(lines: TextLine[], m: Layout): TitleLines {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const agency = agencyTitle(first);
  if (agency.length) {
    // above it, the section banner and the document's bold heading block (department, agency, CFR part,
    // docket and RIN numbers): its masthead, not heads
    const before = first.slice(0, first.indexOf(agency[0]!)).filter((l) => l.size >= m.bodySize * 1.2 || l.bold);
    return { title: new Set(agency), masthead: new Set(before) };
  }
  const runs: TextLine[][] = [];
  let run: TextLine[] = [];
  for (const l of first) {
    // "Contents" set in the title's size right under it opens the contents list: no part of the title
    const big = l.size >= m.bodySize * 1.2 && !isTocMarker(l.text);
    const last = run[run.length - 1];
    if (big && last && carriesOn(last, l, m)) {
      run.push(l);
      continue;
    }
    if (run.length) runs.push(run);
    run = big ? [l] : [];
  }
  if (run.length) runs.push(run);
  // Nothing set bigger: the centred lines above the first page's first body line are its head (a title in the body's
  // size, its date), set as plain text; the document's properties or file name title it.
  if (!runs.length) {
    const end = first.findIndex((l) => !centred(l, m));
    const head = first.slice(0, end < 0 ? 0 : end);
    return { title: new Set(), masthead: new Set(head), head };
  }
  let at = runs.findIndex((r) => !isMasthead(r));
  // A smaller centred line right above a bigger centred run is the organ's name over the title (a school district
  // over "Board of Education / Special Meeting / AGENDA"), set as a masthead is.
  const next = runs[at + 1];
  const cur = runs[at];
  if (at >= 0 && cur && next && [...cur, ...next].every((l) => centred(l, m))) {
    const end = cur[cur.length - 1]!;
    if (next[0]!.size > end.size + 0.5 && next[0]!.y - end.y < next[0]!.size * 3) at++;
  }
  const lead = at >= 0 ? leadIn(first, runs[at]!, m) : null;
  if (lead) return { title: new Set([lead, ...runs[at]!]), masthead: new Set(runs.slice(0, at).flat()) };
  return { title: new Set(at < 0 ? [] : runs[at]), masthead: new Set(runs.slice(0, at < 0 ? runs.length : at).flat()) };
}

/**
 * A cover: the title's page holds little else (预算主管部门：…, 2018年04月, the organ's name) and the body starts on a
 * later page. Its other lines are the cover's, never headings.
 */
export function coverLines(lines: TextLine[], title: ReadonlySet<TextLine>): Set<TextLine> {
  const first = [...title][0];
  if (!first) return new Set();
  const rest = lines.filter((l) => l.page === first.page && !title.has(l));
  const later = lines.some((l) => l.page > first.page);
  return later && rest.length <= 6 ? new Set(rest) : new Set();
}
