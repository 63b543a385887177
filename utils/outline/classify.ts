/** Which lines are heads, and of which kind: numbered, an enclosed document's title, a bold title, a run-in lead. */
import type { Line } from './blocks';
import { isDocumentName, isOwnTitle, isTitleLike, isTocMarker, leadSentence, nospace } from './heads';
import {
  actHeadingLabel,
  capsLead,
  crossHeading,
  crossHeadingText,
  englishHead,
  isBillNumber,
  isEnactingFormula,
  isEndMatter,
  pageSectionLabel,
  SECTION_STYLES,
} from './act-heads';
import { matchLabel, type Label } from './labels';
import { taggedSeries } from './tagged';
import { questionSeries } from './questions';
import { tocEnd } from './toc';
import { keepRuninSeries } from './runin';
import { isTitleUnit } from './code-units';
import { captionedSection, isCrossAboveCaption, isHistoryHeading } from './captions';
import { keepLetterSections, letterHeads } from './letters';
import { kickerAbove } from './kicker';
import { dropBoldRuns } from './bold-runs';
import { periodHeads } from './period-heads';
import { plainHeads } from './plain-heads';
import { organRuns } from './mastheads';
import { listHead } from './ol-heads';

export type Kind = 'numbered' | 'enclosure' | 'attachment' | 'bold' | 'htag' | 'runin' | 'series';

export interface Candidate {
  kind: Kind;
  /** style key used for level inference */
  style: string;
  line: Line;
  /** further lines joined into this head (an enclosed title set over two lines) */
  joined: Line[];
  label: Label | null;
  /** text the title is taken from */
  rest: string;
  /** an unnumbered heading that names end matter (Notes, Endnotes): in an Act, a part of its own */
  endMatter?: boolean;
}

function label(line: Line, inAct = false, bare = true): Label | null {
  const l = matchLabel(line.text);
  if (l && !(l.style === 'ar-space' && line.heading && /^[A-Za-z]/.test(l.rest))) return l;
  return line.heading || line.bold || line.centered ? actHeadingLabel(line.text, inAct, bare && line.heading > 0) : null;
}

/**
 * Bare numbers in heading tags ("3A Advice and consent") number an Act's sections, but one that reads as a year
 * ("2025 tax deadlines" among a guidance page's plain headings) is a year: they are trusted only when some is not.
 */
function bareSeries(lines: Line[]): boolean {
  const bare = lines.filter((l) => l.heading && !l.inTable && !label(l, false, false) && label(l, false, true));
  return bare.some((l) => !/^(?:1[89]|20)\d\d\b/.test(l.text.trim()));
}

/** a heading tag's one or two words ended by a colon (NOTE:, Please note:) */
const COLON_LABEL = /^[A-Z][A-Za-z]{1,15}(?: [A-Za-z]{1,15})?:$/;

const ZH_END_MATTER = /^(注释|附注|备注|注|说明|资料来源|数据来源|名词解释)[:：]$/;

export function classify(lines: Line[], docTitle: string): Candidate[] {
  const out: Candidate[] = [];
  let tocUntil = -1;
  let inAct = false;
  // Until the body's first sentence, a document name set off as a title is the page's own title, however the
  // page's <title> words it (issuers dropped, a typo, set over many lines): not an enclosed document.
  let prose = false;
  // documents the notice says it encloses (现将《…》印发给你们): a line repeating one is its title, however it is set
  const named = new Set<string>();
  const bare = bareSeries(lines);
  const letters = letterHeads(lines);
  const stopped = periodHeads(lines);
  const issuers = organRuns(lines);
  const headingLines = new Map<Element, number>();
  for (const l of lines) if (l.heading) headingLines.set(l.block, (headingLines.get(l.block) ?? 0) + 1);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // a line that is wholly a link points elsewhere (a promo, a related story, a 目录 entry): not a heading here
    if (i <= tocUntil || line.inTable || (line.linked && !linkedNumber(lines, i) && !linkedCard(lines, i)) || isBillNumber(line.text))
      continue;
    if (letters.has(line)) {
      out.push({ kind: 'bold', style: 'letter', line, joined: [], label: null, rest: line.text.trim() });
      continue;
    }
    if (isTocMarker(line.text)) {
      tocUntil = tocEnd(lines, i);
      continue;
    }
    // "Be it enacted by …": what a bill prints above its enacting formula (number, status, caption) is its header
    if (isEnactingFormula(line.text)) {
      out.splice(0, out.length, ...out.filter((c) => c.label));
      continue;
    }
    // a sentence, or the 主送 line (各有关单位：) that opens a notice's body
    prose ||= !(line.centered || line.bold || line.heading) && /[。！？]|[：:]\s*$/.test(line.text);
    // both asked of every line of a big law: the match only where a 《 is, the lookup only once something is named
    if (line.text.includes('《'))
      for (const m of line.text.matchAll(/《([^《》]{4,60})》[^。]{0,12}(?:印发|转发)/g)) named.add(nospace(m[1]!));
    if (prose && named.size && named.has(nospace(line.text))) {
      out.push({ kind: 'enclosure', style: 'enclosure', line, joined: [], label: null, rest: line.text.trim() });
      continue;
    }
    // a section captioned above its bold number (Short title / 1. This Act is …), and the cross-heading over it
    const captioned = captionedSection(lines, i);
    if (captioned) {
      out.push(captioned);
      inAct = true;
      i++;
      continue;
    }
    if (inAct && isHistoryHeading(line.text)) continue;
    if (isCrossAboveCaption(lines, i)) {
      out.push({ kind: 'bold', style: 'bold', line, joined: [], label: null, rest: line.text.trim() });
      continue;
    }
    const lab = label(line, inAct, bare);
    // "Chapter 838 — Airport Districts" printed as the document's title line heads the page, not a part of it; the
    // units printed above it before any section (DIVISION 3 > PART 4 above a code's TITLE 1.81.26) say where it sits
    if (lab?.style.startsWith('en-') && isTitleUnit(line.text, docTitle)) {
      if (!out.some((c) => SECTION_STYLES.has(c.style))) out.length = 0;
      continue;
    }
    if (lab) {
      if (lab.style === 'fujian') {
        // "附件：…" with a title on the same line is the cover letter's list of attachments, not the attachment;
        // when it opens a numbered list (附件：1.某某表), the list's further items (2.某某方式) go with it
        if (lab.rest && !line.centered && !line.bold) {
          i += attachmentListItems(lines, i, lab.rest);
          continue;
        }
        // "附件1" on a line of its own is followed by the attachment's title, often set over several lines.
        const group = lab.rest ? [] : titleGroup(lines, i + 1);
        out.push({
          kind: 'attachment',
          style: 'fujian',
          line,
          joined: group,
          label: lab,
          rest: lab.rest || group.map((l) => l.text).join(''),
        });
        i += group.length;
        continue;
      }
      if (
        lab.style === 'ar-space' &&
        !(isTitleLike(lab.rest, 24) && (line.bold || line.centered || line.heading || nospace(lab.rest).length <= 12))
      )
        continue;
      inAct ||= lab.style.startsWith('en-');
      // "(1) A unified system for … ." in English is a numbered paragraph (a recital, a point), not a heading.
      // (a quoted term opening it, "Grocery store" means …, is still English)
      const latin = /^["“'‘]?[A-Za-z]/.test(lab.rest);
      if (line.listItem || ((lab.style.startsWith('en-') || latin) && !englishHead(line, lab))) continue;
      // "Article 1" / "TITLE I" alone on a line: its title is printed on the next line (EUR-Lex).
      const next = !lab.rest && lab.style.startsWith('en-') ? nextLineTitle(lines[i + 1]) : null;
      out.push({ kind: 'numbered', style: lab.style, line, joined: next ? [next] : [], label: lab, rest: next?.text ?? lab.rest });
      if (next) i++;
      continue;
    }
    if (line.listItem) {
      const listed = listHead(line);
      if (listed) out.push(listed);
      continue;
    }
    // 注释： / 资料来源： alone on a line after a bulletin's body: its end matter, a part of its own (levels.ts)
    if (ZH_END_MATTER.test(nospace(line.text))) {
      const rest = line.text.trim().replace(/[:：]$/, '');
      out.push({ kind: 'bold', style: 'zh-end', line, joined: [], label: null, rest, endMatter: true });
      continue;
    }
    // "NOTE:" in a heading tag (or centred and bold): a label set off as a heading, its colon no part of the title
    if ((line.heading || (line.bold && line.centered)) && COLON_LABEL.test(line.text.trim())) {
      const rest = line.text.trim().slice(0, -1);
      const [kind, style] = line.heading ? (['htag', `h${line.heading}`] as const) : (['bold', 'bold'] as const);
      out.push({ kind, style, line, joined: [], label: null, rest, endMatter: isEndMatter(rest) });
      continue;
    }
    const section = pageSectionLabel(line);
    if (section) {
      out.push({ kind: 'bold', style: 'page-label', line, joined: [], label: null, rest: section });
      continue;
    }
    if (issuers.has(line)) continue;
    if (stopped.has(line)) {
      out.push({ kind: 'bold', style: 'bold', line, joined: [], label: null, rest: line.text.trim().slice(0, -1) });
      continue;
    }
    const setOff = line.centered || line.bold || line.heading > 0;
    const cross = setOff && isTitleLike(line.text, titleMax(line)) ? null : crossHeading(lines, i, (l) => label(l, true, bare));
    if (cross) {
      out.push({ kind: 'bold', style: 'bold', line, joined: cross.slice(1), label: null, rest: cross.map(crossHeadingText).join(' ') });
      i += cross.length - 1;
      continue;
    }
    if (setOff && isTitleLike(line.text, titleMax(line))) {
      const group = titleGroup(lines, i, bare);
      const joinedText = group.map((l) => l.text).join('');
      if (isOwnTitle(joinedText, docTitle) || group.every((l) => isOwnTitle(l.text, docTitle))) {
        // what is set off above the document's own title, before its text, is its masthead (a kind line: Safety Alert)
        if (!prose && out.every((c) => c.kind === 'htag' || c.kind === 'bold')) out.length = 0;
        i += Math.max(0, group.length - 1); // an empty group must not step back (it looped forever)
        continue;
      }
      // Set off as a title: centred or a top heading; or a bold line of its own (a <br> line cannot be centred)
      // naming more than a kind (某省河道管理办法, not a section called 评分标准).
      const boldName = line.bold && nospace(joinedText).length >= 7;
      if ((line.centered || boldName || line.heading === 1 || line.heading === 2) && isDocumentName(joinedText)) {
        if (prose || out.length)
          out.push({ kind: 'enclosure', style: 'enclosure', line, joined: group.slice(1), label: null, rest: joinedText });
        i += Math.max(0, group.length - 1); // an empty group must not step back (it looped forever)
        continue;
      }
      // a heading set over three lines or more before anything else is the page's title block, not a section
      if (!out.length && (headingLines.get(line.block) ?? 0) >= 3) continue;
      if (line.heading)
        out.push({
          kind: 'htag',
          style: `h${line.heading}`,
          line,
          joined: [],
          label: null,
          rest: line.text,
          endMatter: isEndMatter(line.text),
        });
      else if ((nospace(line.text).length <= (titleMax(line) > 50 ? 100 : 30) && line.bold) || inAct || centredOverText(lines, i)) {
        const kicker = inAct ? null : kickerAbove(lines, i);
        if (kicker)
          out.push({ kind: 'bold', style: 'bold', line: kicker, joined: [line], label: null, rest: kicker.text.trim() + line.text.trim() });
        // in an Act a bold or centred line is what a heading tag would be: a cross-heading, or its end notes
        else out.push({ kind: 'bold', style: 'bold', line, joined: [], label: null, rest: line.text, endMatter: isEndMatter(line.text) });
      }
      continue;
    }
    if (capsLead(line.text)) {
      out.push({ kind: 'runin', style: 'runin-caps', line, joined: [], label: null, rest: line.text });
      continue;
    }
    const boldLead =
      line.boldLead.length >= 2 &&
      line.boldLead.length <= 40 &&
      line.boldLead.length < line.text.length - 5 &&
      setOffLead(line.boldLead, line.text);
    const lead = boldLead ? line.boldLead : leadSentence(line.text, 25);
    // A lead opens with words: "[20] 国家统计局：…" is an endnote, "——" a list item. A plain lead reporting a figure
    // (全年施工项目2634个，比上年增加102个。) is a bulletin's statement, not a title.
    if (lead && /^[\p{L}]/u.test(lead) && (boldLead || !/\d/.test(lead)))
      out.push({ kind: 'runin', style: boldLead ? 'runin-bold' : 'runin', line, joined: [], label: null, rest: line.text });
  }
  const index = new Map(lines.map((l, i) => [l, i]));
  const heads = keepLetterSections(keepRuninSeries(pageLabels(dropBoldRuns(out, index)), index), letters);
  const taken = new Set(heads.map((c) => c.line));
  const series = [...taggedSeries(lines, taken), ...questionSeries(lines, taken)];
  if (!heads.length && !series.length) return plainHeads(lines, docTitle);
  return series.length ? [...heads, ...series].sort((a, b) => index.get(a.line)! - index.get(b.line)!) : heads;
}

/** A page's capitalised section labels are its sections when there are three or more of them, all different. */
function pageLabels(cands: Candidate[]): Candidate[] {
  const labels = cands.filter((c) => c.style === 'page-label');
  const series = labels.length >= 3 && new Set(labels.map((c) => c.rest)).size === labels.length;
  if (!series) return cands.filter((c) => c.style !== 'page-label');
  // bold run-in labels above the first section (Sponsor: …, Latest Title: …) are the page's header fields
  const first = cands.indexOf(labels[0]!);
  return cands.filter((c, i) => i > first || !c.style.startsWith('runin'));
}

/** A title set over up to three consecutive lines set the same way (centred, or bold). */
function titleGroup(lines: Line[], from: number, bare = true): Line[] {
  const first = lines[from];
  if (!first || !isTitleLike(first.text, titleMax(first)) || label(first, false, bare)) return [];
  const group = [first];
  while (group.length < 3) {
    const n = lines[from + group.length];
    if (!n || !(n.centered || n.bold) || n.centered !== first.centered || !isTitleLike(n.text) || label(n, false, bare)) break;
    group.push(n);
  }
  return group;
}

// An English heading (a tag, or a centred bold line that is no sentence) carries a caption up to a sentence long
// ("Shipments held in warm containers may spoil before they reach stores", 60 letters); 50 suits Chinese lines.
const LATIN = /^[\x00-\u024f\u2000-\u206f]*$/;
const titleMax = (l: Line) => (LATIN.test(l.text) && (l.heading > 0 || (l.bold && l.centered && !/[.!?]$/.test(l.text.trim()))) ? 100 : 50);

/**
 * A plain English line centred on its own over text that is not ("THE SCHEDULE" over the list it heads): set apart
 * as a heading is, once the body has begun (above it, centred lines are the document's head). Not a block of
 * centred lines (a signature's name over its office), nor a closing cry (… QUEEN!).
 */
function centredOverText(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  const n = lines[i + 1];
  if (!l.centered || l.bold || !LATIN.test(l.text) || /[.!?]$/.test(l.text.trim()) || !n || n.centered || n.inTable) return false;
  return lines.slice(0, i).some((p) => !p.centered && !p.inTable && p.text.length >= 40 && /[.!?]$/.test(p.text.trim()));
}

/** The caption printed on the line after a bare English label: a short name, not a sentence nor another label. */
function nextLineTitle(n: Line | undefined): Line | null {
  if (!n || n.listItem || n.inTable || label(n) || !isTitleLike(n.text, 120) || /[.;:,]$/.test(n.text)) return null;
  return /^[A-Z]/.test(n.text) ? n : null;
}

/**
 * A bold lead is a run-in title when it ends a phrase (加强组织领导。/ 坚持问题导向，…), not words stressed inside a
 * sentence: `参与固定补贴价格模式` + `的用户以…`, or a clause carrying on past its comma (…的用户，首先，).
 */
function setOffLead(lead: string, text: string): boolean {
  const after = text.slice(text.indexOf(lead) + lead.length).trimStart();
  const ends = /[。：:；;！？!?，,、]$/.test(lead) || /^[。：:；;！？!?，,、（(]/.test(after);
  return ends && !/[，,]/.test(lead.slice(0, -1));
}

/**
 * A section number alone on its line and linked to the section's own page, as rules and code sites print it
 * ("123-450-0010" over its caption): the section's heading, not a link elsewhere, when its caption follows.
 */
function linkedNumber(lines: Line[], i: number): boolean {
  const lab = matchLabel(lines[i]!.text);
  const next = lines[i + 1];
  return !!lab && SECTION_STYLES.has(lab.style) && !lab.rest && !lines[i]!.listItem && !next?.linked && !!nextLineTitle(next);
}

/**
 * A heading tag that is wholly a link, over a paragraph of its own text: a card's title, one of the page's sections
 * linked to its own page ("Standards" over "Electrical is addressed in …"), not a list of links elsewhere.
 */
function linkedCard(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  const next = lines[i + 1];
  return l.heading > 0 && !l.listItem && !!next && !next.linked && !next.heading && !next.listItem && /[.!?。！？]$/.test(next.text);
}

/** How many lines after an attachment line opening a numbered list (附件：1.某某表) carry its next items (2.…, 3.…). */
function attachmentListItems(lines: Line[], at: number, rest: string): number {
  if (!/^1\s*[.．、]/.test(rest)) return 0;
  let n = 0;
  while (n < 20 && new RegExp(`^${n + 2}\\s*[.．、]\\S`).test(lines[at + n + 1]?.text.trim() ?? '')) n++;
  return n;
}
