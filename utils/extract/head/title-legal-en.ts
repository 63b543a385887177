/**
 * English legislation names itself in its first lines: an EU act's title block, a code chapter's heading line, a
 * bill's number set as its headline or its caption (AN ACT to amend …). On such pages `<title>` holds a CELEX
 * number, a file name or the legislature's site name, so the body's own title line wins.
 */
import { blockText, squash } from '../../dom/blocks';
import { matchLabel } from '../../outline/labels';
import { parseRoman } from '../../outline/numerals';
import { isPageLabel, looksLikeSite } from './title-labels';
import { codeUnitTitle } from './title-code-en';
import { actKindLine, capTitleBlock, shortTitleName } from './act-print-en';
import { NUMBER_LINE } from './policy-bill';

export type LegalTitleKind = 'eu' | 'chapter' | 'bill' | 'code' | 'act';

export interface LegalTitleLine {
  kind: LegalTitleKind;
  text: string;
}

// Numbered "(EU) No 575/2013" since 2015 and in regulations, "2002/58/EC" in older directives and decisions.
const EU_ACT =
  /^(?:(?:council|commission)\s+)?(?:(?:implementing|delegated)\s+)?(?:regulation|directive|decision)\s*(?:\([A-Z][A-Za-z]{1,8}(?:,\s*[A-Za-z]+)*\)\s*(?:No\s*)?\d+\/\d+|\d{2,4}\/\d{1,5}\/(?:EC|EEC|EU|Euratom|CFSP|JHA)\b)/i;
/** An EU act's title is complete once it names its subject: "… of 26 June 2013 on prudential requirements …". */
const EU_SUBJECT = /\s(?:on|amending|concerning|laying down|establishing|implementing|supplementing|repealing)\s/i;
// A code's chapters are numbered, but its first may be "PRELIMINARY CHAPTER - GENERAL PROVISIONS".
const CHAPTER = /^(?:(?:CHAPTER|Chapter|DIVISION|Division)\s+\d+[A-Z]?|PRELIMINARY CHAPTER|Preliminary Chapter)\s*[-—–:]\s*\S/;
const BILL_NUMBER =
  /^(?:HOUSE|SENATE|ASSEMBLY|House|Senate|Assembly)\s+(?:BILL|Bill|JOINT RESOLUTION|Joint Resolution)\s+(?:NO\.?|No\.?)?\s*\d+$/;
const CAPTION = /^(?:AN ACT|A BILL|An Act|A Bill)\b/;
// A short title: capitalised words ending in Bill or Act and its year (`Marriage Equality Amendment Bill 2013`).
const SHORT_TITLE = /^(?:[A-Z][\w'’()-]*\s+){1,10}(?:Bill|Act)\s+\d{4}$/;
/** Words of a legislature's site or of a kind of page, never a document's name. */
const SITE_WORDS =
  /\b(?:legislature|legislative|general assembly|congress|secretary of state|online|portal|website|home ?page|(?:bill|act|rule|law)s? (?:text|information|status|summary|details|search))\b/i;
const SEP = /\s+[-–—|:]\s+|\s*[|｜]\s*/;
const FIRST_LINES = 80;
const PROSE = 200;

/** The first title line of English legislation in the page's body, or null. */
export function readLegalTitleLine(doc: Document): LegalTitleLine | null {
  if (!doc.body) return null;
  // only the first lines: the whole body's text is a tenth of a big law's read
  const lines = blockText(doc.body, FIRST_LINES).split('\n').slice(0, FIRST_LINES).map(squash);
  // a printed Act: its name under its chapter, or (no name line) in its short-title section (act-print-en.ts)
  const act = printedActName(doc, lines);
  if (act) return { kind: 'act', text: act };
  for (const [i, line] of lines.entries()) {
    if (EU_ACT.test(line)) {
      // the block goes on (of <date> / on <subject>) over up to two more lines, until it names its subject
      let text = line;
      for (const n of lines.slice(i + 1, i + 3)) {
        if (EU_SUBJECT.test(text) || /[,:]$/.test(n) || /^\(/.test(n)) break;
        text = `${text} ${n}`;
      }
      return { kind: 'eu', text };
    }
    if (CHAPTER.test(line) && line.length <= 120) return { kind: 'chapter', text: rejoin(doc, line) };
    // "PRELIMINARY CHAPTER -" / "GENERAL PROVISIONS": a line break right after the dash
    const broken = /\s[-—–:]$/.test(line) ? `${line} ${lines[i + 1] ?? ''}` : '';
    if (broken && CHAPTER.test(broken) && broken.length <= 120) return { kind: 'chapter', text: broken };
    if (BILL_NUMBER.test(line) && setOff(doc, line)) return { kind: 'bill', text: line };
    // a status page's line led by the bill's number in bold (`<strong>A1646-A</strong> Rozic (MS) Same as …`)
    const lead = NUMBER_LINE.exec(line)?.[0].trim();
    if (lead && lead !== line && /\d/.test(lead) && setOff(doc, lead)) return { kind: 'bill', text: lead };
    if (CAPTION.test(line)) {
      // the bill's short title printed above its long title (its cover) is the name it goes by
      const short = lines.slice(Math.max(0, i - 8), i).find((l) => SHORT_TITLE.test(l));
      if (short) return { kind: 'bill', text: short };
      // "AN ACT" on a line of its own: the caption goes on in the next line
      const text = /^(?:AN ACT|A BILL|An Act|A Bill)$/.test(line) ? `${line} ${captionAfter(lines.slice(i + 1))}` : rejoin(doc, line);
      return { kind: 'bill', text: text.replace(/[.;:]$/, '').trim() };
    }
    // prose has begun: a title line further down is a mention ("Regulation (EU) 2016/679 requires…"), not the head
    if (line.length > PROSE) break;
  }
  const unit = codeUnitTitle(lines);
  return unit ? { kind: 'code', text: unit } : null;
}

function printedActName(doc: Document, lines: string[]): string {
  const block = lines
    .slice(0, 20)
    .map((_, i) => capTitleBlock(lines, i))
    .find(Boolean);
  if (block) return block.name;
  // (its lines, not textContent: a <br> line glued to the next would hide the clause's first word)
  return actKindLine(lines) >= 0 ? shortTitleName(blockText(doc.body)) : '';
}

/**
 * A title line broken by <br>s goes on in the next plain-text lines beside it, up to the period that ends a caption:
 * "CHAPTER 12 - FERRY LANDINGS" / "AND WHARVES" is one title. Lines set otherwise (a link, bold), a numbered line or
 * the enacting formula start something else.
 */
function rejoin(doc: Document, line: string): string {
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = squash(n.nodeValue ?? '');
    if (!t || !line.startsWith(t)) continue;
    const own = plainLines(n.parentElement!);
    const at = own.indexOf(line);
    if (at < 0) return line;
    let text = line;
    for (const next of own.slice(at + 1, at + 3)) {
      if (!next || /[.;:]$/.test(text) || /:$/.test(next) || ENACTING.test(next) || matchLabel(next)) break;
      text = `${text} ${next}`;
    }
    return text;
  }
  return line;
}

/** The caption under a bare "A BILL": its line, or the printed lines of a <pre> up to the period that ends it. */
function captionAfter(lines: string[]): string {
  let text = lines[0] ?? '';
  for (const next of lines.slice(1, 6)) {
    if (/[.;:]$/.test(text) || ENACTING.test(next) || matchLabel(next)) break;
    text = `${text} ${next}`;
  }
  return text;
}

const ENACTING = /^(?:the people of|be it enacted|now,? therefore)/i;

/** The element's lines between <br>s; a line holding an element (a link, bold type) is null. */
function plainLines(el: Element): (string | null)[] {
  const out: (string | null)[] = [];
  let cur: string | null = '';
  for (const c of Array.from(el.childNodes)) {
    if (c.nodeName === 'BR') {
      out.push(cur === null ? null : squash(cur));
      cur = '';
    } else if (c.nodeType === 3) cur = cur === null ? null : cur + (c.nodeValue ?? '');
    else if (squash(c.textContent ?? '')) cur = null;
  }
  out.push(cur === null ? null : squash(cur));
  return out.filter((l) => l !== '');
}

/** Printed as a headline: a heading tag or bold type around the whole line. */
function setOff(doc: Document, line: string): boolean {
  for (const el of Array.from(doc.body.querySelectorAll('h1, h2, h3, b, strong, [style*="bold" i]'))) {
    if (squash(el.textContent ?? '') === line) return true;
  }
  return false;
}

/** Only names of the site or the kind of page, identifiers or host names: no document's title. */
function siteOnly(raw: string, siteName: string): boolean {
  const t = squash(raw);
  if (!t || isPageLabel(t, siteName)) return true;
  const segs = t.split(SEP);
  // beside a site word, an acronym is the body running the site (`Legislative Information - LBDC`)
  const acronym = (s: string) => segs.length > 1 && /^[A-Z]{2,6}$/.test(s.trim());
  return segs.every((s) => !s.trim() || SITE_WORDS.test(s) || acronym(s) || looksLikeSite(s.trim(), siteName) || isPageLabel(s, siteName));
}

/**
 * The body's legal title line when it is the document's title: an EU act's always (its `<title>` is a CELEX number
 * or a paraphrase); a chapter line when `<title>` holds it or nothing of its own; a bill's when `<title>` and the
 * article-title metas only name the site.
 */
export function legalTitle(
  line: LegalTitleLine | null | undefined,
  metaTitle: string,
  docTitle: string,
  siteName: string,
  pageH1 = '',
): string {
  if (!line) return '';
  if (line.kind === 'eu' || line.kind === 'code' || line.kind === 'act') return line.text;
  if (cutFrom(docTitle, line.text)) return line.text;
  if (line.kind === 'chapter') return siteOnly(docTitle, siteName) || namesChapter(docTitle, line.text) ? line.text : '';
  // A bill's caption is its own long title; a `<title>` citing the bill by number ("2011-2012 Bill 494: …", "H.R.2207 -
  // … Congress (…): …") is the site's listing line for it.
  if (CAPTION.test(line.text) && CITES_BILL.test(squash(docTitle))) return line.text;
  // an enacted law's page names it in its one <h1> (D.C. Law 1-24. …, … Act of 2015.): that name, not the caption
  if (CAPTION.test(line.text) && NAMED_LAW.test(pageH1)) return '';
  return siteOnly(metaTitle, siteName) && siteOnly(docTitle, siteName) ? line.text : '';
}

// (or by its short title alone, the long title printed under it: `Harbour Pilotage Act` / `An Act respecting …`)
const NAMED_LAW = /\b(?:Act|Law)\s+(?:\d+-\d+|No\.?\s*\d+)|\bAct of \d{4}\b|^[A-Z][\w'’,() -]{2,120}\bAct(?:,?\s+\d{4})?$/;

const CITES_BILL =
  /(?:^|\s)(?:Bill|BILL)\s+\d{1,5}\s*:|(?:^|[\s-])(?:[HS]\.\s?(?:(?:J|Con|CON)\.\s?)?(?:Res|RES)\.|H\.\s?R\.|S\.)\s?\d{1,5}\s+-\s/;

/** `<title>` holds the chapter line, or a part of it that the line starts with ("NRS: PRELIMINARY CHAPTER"). */
function namesChapter(docTitle: string, line: string): boolean {
  const t = squash(docTitle);
  return t.includes(line) || t.split(/\s*[:|｜]\s*|\s+[-–—]\s+/).some((s) => s.trim().length >= 8 && line.startsWith(s.trim()));
}

/** A `<title>` cut with "..." by the CMS whose stem (8+ characters) starts the line: the line is that title, whole. */
function cutFrom(docTitle: string, line: string): boolean {
  const m = /^(.{8,}?)\s*(?:\.{3,}|…+)/.exec(squash(docTitle));
  const fold = (t: string) => t.replace(/\s+/g, ' ').toLowerCase();
  return !!m && fold(line).startsWith(fold(m[1]!));
}

/**
 * Part, volume and number written in Roman or Arabic figures alike ("Canada Gazette, Part I" on the page, "Part 1" in
 * its <title>): for comparing a headline with the <title>, never for display.
 */
export function foldRomanNumbers(s: string): string {
  return s.replace(/\b(Part|Volume|Vol\.|Title|Book|Number|No\.)\s+([IVXLC]+)\b/g, (_, w: string, r: string) => `${w} ${parseRoman(r)}`);
}
