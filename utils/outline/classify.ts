/** Which lines are heads, and of which kind: numbered, an enclosed document's title, a bold title, a run-in lead. */
import { isAsideCaption } from './asides';
import { dropClauseLists } from './list-items';
import type { Line } from './blocks';
import { isDocumentName, isOwnTitle, isTitleLike, isTocMarker, leadSentence, nospace } from './heads';
import { NamedEnclosures } from './named-enclosures';
import { TitlePieces } from './title-pieces';
import {
  capsLead,
  crossHeading,
  crossHeadingText,
  englishHead,
  isBillNumber,
  isInstrumentNumber,
  isEnactingFormula,
  isEndMatter,
  pageSectionLabel,
  SECTION_STYLES,
} from './act-heads';
import type { Label } from './labels';
import {
  attachmentListItems,
  centredOverText,
  label,
  linkedCard,
  linkedNumber,
  nextLineTitle,
  setOffLead,
  titleGroup,
  titleMax,
} from './line-context';
import { taggedSeries } from './tagged';
import { questionSeries } from './questions';
import { tocEnd } from './toc';
import { keepRuninSeries } from './runin';
import { isTitleUnit } from './code-units';
import { boldSectionLabel } from './bold-sections';
import {
  captionedSection,
  isCrossAboveCaption,
  isHistoryHeading,
  isSubsectionCaption,
  topTagCaptions,
  uncaptionedSection,
} from './captions';
import { keepLetterSections, letterHeads } from './letters';
import { kickerAbove } from './kicker';
import { dropBoldRuns } from './bold-runs';
import { periodHeads } from './period-heads';
import { colonHeads } from './colon-heads';
import { isAppendedMemo, memoHeadLines } from './appended-memo';
import { plainHeads } from './plain-heads';
import { organRuns } from './mastheads';
import { listHead } from './ol-heads';
import { printedAsText } from './line-face';
import { quotedLines } from './quoted';
import { isScheduleItem } from './schedule-items';
import { amendmentHead } from './amendments';
import { numberOverName } from './number-heads';
import { isSectionBreak } from './breaks';
import { isFieldLead, isToggleHeading } from './field-leads';
import { opensOpinion } from './opinion-start';
import { romanArticles } from './roman-articles';
import { bareArabicParts } from './opinion-numerals';

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
  // sections are captioned above their bold numbers: a bold number with no caption is a section still (99 Omitted …)
  let captionedAct = false;
  // Until the body's first sentence, a document name set off as a title is the page's own title, however the
  // page's <title> words it (issuers dropped, a typo, set over many lines): not an enclosed document.
  let prose = false;
  // documents the notice says it encloses (现将《…》印发给你们): the lines repeating one are its title, however set
  const named = new NamedEnclosures();
  const bare = bareSeries(lines);
  const topTags = topTagCaptions(lines);
  const letters = letterHeads(lines);
  // heads printed with their stop: 。 (a feature's centred heads) or : (a guidance page's bold heads)
  const stopped = new Set([...periodHeads(lines), ...colonHeads(lines)]);
  const issuers = organRuns(lines);
  const quoted = quotedLines(lines);
  const articles = romanArticles(lines);
  const parts = bareArabicParts(lines);
  const headingLines = new Map<Element, number>();
  for (const l of lines) if (l.heading) headingLines.set(l.block, (headingLines.get(l.block) ?? 0) + 1);
  const pieces = new TitlePieces(docTitle);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // a line that is wholly a link points elsewhere (a promo, a related story, a 目录 entry): not a heading here
    if (i <= tocUntil || line.inTable || (line.linked && !linkedNumber(lines, i) && !linkedCard(lines, i)) || isBillNumber(line.text))
      continue;
    if (!prose && isInstrumentNumber(line.text)) continue; // the number set under the title, before the text
    if (line.unnumbered) continue; // a numbered print's masthead, running head or inserted matter
    // a bill's sections done, the memorandum printed after them under a centred head is a document of its own
    if (inAct && isAppendedMemo(line)) {
      const joined = memoHeadLines(lines, i);
      out.push({ kind: 'enclosure', style: 'enclosure', line, joined, label: null, rest: line.text.trim() });
      i += joined.length;
      continue;
    }
    // the sections an amending Act quotes ("Replace section 5 with:") are the amended Act's, not this one's
    if (inAct && quoted.has(line)) continue;
    if (isToggleHeading(line) || isSectionBreak(line.text)) continue; // an accordion's "More", a row of * * *: no section
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
    pieces.see(line.text, prose);
    // an opinion starts under its caption: what was set off above it (court, stamp, docket, syllabus) is no part
    if (opensOpinion(line.text)) {
      out.length = 0;
      continue;
    }
    // a sentence, or the 主送 line (各有关单位：) that opens a notice's body
    prose ||= !(line.centered || line.bold || line.heading) && /[。！？]|[：:]\s*$/.test(line.text);
    named.see(line.text);
    const namedRun = prose ? named.runAt(lines, i) : 0;
    if (namedRun) {
      const joined = lines.slice(i + 1, i + namedRun);
      out.push({
        kind: 'enclosure',
        style: 'enclosure',
        line,
        joined,
        label: null,
        rest: [line, ...joined].map((l) => l.text.trim()).join(''),
      });
      i += namedRun - 1;
      continue;
    }
    // a section captioned above its bold number (Short title / 1. This Act is …), and the cross-heading over it
    const captioned = captionedSection(lines, i, topTags) ?? (captionedAct ? uncaptionedSection(lines[i]!) : null);
    if (captioned) {
      out.push(captioned);
      inAct = captionedAct = true;
      i += captioned.joined.length;
      continue;
    }
    if (inAct && (isHistoryHeading(line.text) || (captionedAct && isSubsectionCaption(lines, i)))) continue;
    if (isCrossAboveCaption(lines, i, topTags)) {
      out.push({ kind: 'bold', style: 'bold', line, joined: [], label: null, rest: line.text.trim() });
      continue;
    }
    const numbered = numberOverName(lines, i);
    if (numbered) {
      out.push(numbered);
      i++;
      continue;
    }
    const found: Label | null = label(line, inAct, bare) ?? parts.get(line) ?? null;
    // (a Schedule's numbered items stay its items: ranked under it, not as the Act's sections)
    const lab: Label | null = (found && !isScheduleItem(found, out) ? boldSectionLabel(line, found, inAct) : null) ?? found;
    // "Chapter 838 — Airport Districts" printed as the document's title line heads the page, not a part of it; the
    // units printed above it before any section (DIVISION 3 > PART 4 above a code's TITLE 1.81.26) say where it sits
    // (also a unit's number alone over the name the page is titled by: "Division 450" / "OREGON ARTS PROGRAM GRANTS")
    const nameNext = !!lab && !lab.rest && isTitleUnit(lines[i + 1]?.text ?? '', docTitle);
    if (lab?.style.startsWith('en-') && (isTitleUnit(line.text, docTitle) || nameNext)) {
      if (!out.some((c) => SECTION_STYLES.has(c.style))) out.length = 0;
      if (nameNext) i++;
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
      const amend = amendmentHead(lab);
      if (amend) {
        out.push({ kind: 'numbered', style: amend.style, line, joined: [], label: amend, rest: amend.rest });
        continue;
      }
      // a Schedule's items are its provisions, ranked as sections are (FIXED_RANK)
      const item = isScheduleItem(lab, out);
      if (
        lab.style === 'ar-space' &&
        !(isTitleLike(lab.rest, 24) && (line.bold || line.centered || line.heading || nospace(lab.rest).length <= 12)) &&
        !item
      )
        continue;
      inAct ||= lab.style.startsWith('en-');
      // "(1) A unified system for … ." in English is a numbered paragraph (a recital, a point), not a heading.
      // (a quoted term opening it, "Grocery store" means …, is still English)
      const latin = /^["“'‘]?[A-Za-z]/.test(lab.rest);
      if (line.listItem || ((lab.style.startsWith('en-') || latin) && !englishHead(line, lab) && !articles.has(line))) continue;
      // "Article 1" / "TITLE I" alone on a line: its title is printed on the next line (EUR-Lex).
      const next = !lab.rest && lab.style.startsWith('en-') ? nextLineTitle(lines[i + 1], line) : null;
      const style = item ? 'en-item' : lab.style;
      out.push({ kind: 'numbered', style, line, joined: next ? [next] : [], label: lab, rest: next?.text ?? lab.rest });
      if (next) i++;
      continue;
    }
    if (line.listItem) {
      const listed = listHead(line);
      if (listed) out.push(listed);
      continue;
    }
    // 注释： / 资料来源： alone on a line after a bulletin's body: its end matter, a part of its own (levels.ts). Printed
    // just as the notes under it are (same typeface, nothing bold or centred), it is their lead, not a head.
    if (ZH_END_MATTER.test(nospace(line.text)) && !printedAsText(lines, i)) {
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
    if (!line.heading && line.bold && isAsideCaption(line.text)) continue;
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
      // before the text, a line that is a piece of the title (its last line, "No. 102 of 2014") over other cover lines
      const piece = !prose && pieces.isOwn(line.text);
      if (pieces.isOwn(joinedText) || group.every((l) => pieces.isOwn(l.text)) || piece) {
        pieces.taken();
        // what is set off above the document's own title, before its text, is its masthead (a kind line: Safety Alert)
        if (!prose && out.every((c) => c.kind === 'htag' || c.kind === 'bold')) out.length = 0;
        if (!piece || isOwnTitle(joinedText, docTitle)) i += Math.max(0, group.length - 1); // an empty group must not step back (it looped forever)
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
      setOffLead(line.boldLead, line.text) &&
      !isFieldLead(line);
    const lead = boldLead ? line.boldLead : leadSentence(line.text, 25);
    // A lead opens with words: "[20] 国家统计局：…" is an endnote, "——" a list item. A plain lead reporting a figure
    // (全年施工项目2634个，比上年增加102个。) is a bulletin's statement, not a title.
    if (lead && /^[\p{L}]/u.test(lead) && (boldLead || !/\d/.test(lead)))
      out.push({ kind: 'runin', style: boldLead ? 'runin-bold' : 'runin', line, joined: [], label: null, rest: line.text });
  }
  const index = new Map(lines.map((l, i) => [l, i]));
  const heads = keepLetterSections(keepRuninSeries(pageLabels(dropClauseLists(dropBoldRuns(out, index))), index), letters);
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
