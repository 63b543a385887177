/**
 * Levels as a reader infers them. The document is cut into parts at enclosed documents, attachments and an Act's
 * end notes (each a level-1 head with its own structure below it). Inside a part, law structure (编 > 章 > 节 > 条,
 * Part > section) has a fixed order, as has the Chinese ladder 一、 > （一） > 1. > （1） among its own (./ladder); every
 * other numbering style ranks where it first appears, and a skipped tier leaves no gap.
 * Inside a law article (第X条, or a long numbered paragraph under 章), deeper numbers are list items.
 */
import type { Candidate } from './classify';
import { FIXED_RANK, type Style } from './labels';
import { NUMBER_CARD } from './number-heads';
import { boldRunIn } from './act-heads';
import { aboutAnAct } from './act-about';
import { ladderOrder } from './ladder';

export interface Placed {
  cand: Candidate;
  level: number;
}

const ARTICLE_STYLES = new Set(['tiao', 'en-section', 'en-article', 'en-code']);
/**
 * A numbering style as a tier: a plan's Goal 1 and Objective 1.1 share the word-numbered style but are two tiers, and
 * so are 1. and 1） (a budget's 1. 某某项目 over 1）项目概述 … 7）绩效目标: the half bracket numbers a tier of its own).
 */
const styleKey = (c: Candidate): string => {
  if (c.style === 'word-num' && c.label) return `word-num ${c.label.label.split(/[\s\u00a0]/)[0]!.toLowerCase()}`;
  return c.style === 'ar-dot' && /[)）]$/.test(c.label?.label ?? '') ? 'ar-half' : c.style;
};
/**
 * Under one heading tag, `1.1.` sits below `1.`, and `2.2.1.` below both: the reader pulled the document's h1 into h2
 * (a Word file's Heading 1 and Heading 2 both arrive as <h2>), but the decimal number still says how deep a head is.
 */
const DEPTH: Record<string, string> = { dec2: '.2', dec3: '.3' };
const isCrossHeading = (c: Candidate) => c.kind === 'htag' || c.kind === 'bold';
const PREAMBLE = /^preamble$/i;

export function assignLevels(cands: Candidate[]): Placed[] {
  const out: Placed[] = [];
  let part: Candidate[] = [];
  let base = 0;
  const flush = () => {
    out.push(...placePart(part, base));
    part = [];
  };
  let inAct = false;
  const top = cands.find((c) => c.label)?.style;
  for (const [i, c] of cands.entries()) {
    // An Act's end notes (NZ "Notes", Australian "Endnotes") are apart from its Parts and schedules, as an attachment is;
    // so are a bulletin's 注释 and 资料来源 once its body is over (its top tier does not resume after them).
    const zhEnd = c.style === 'zh-end' && !cands.slice(i + 1).some((n) => n.style === top);
    if (c.style === 'zh-end' && !zhEnd) continue; // a 说明： inside the body is no heading
    if (c.kind === 'enclosure' || c.kind === 'attachment' || (inAct && c.endMatter) || zhEnd) {
      flush();
      out.push({ cand: c, level: 1 });
      base = 1;
    } else part.push(c);
    inAct ||= c.style.startsWith('en-');
  }
  flush();
  return out;
}

function placePart(cands: Candidate[], base: number): Placed[] {
  const styles = new Set(cands.map((c) => c.style));
  const about = aboutAnAct(cands);
  const legalEn = !about && [...styles].some((s) => s.startsWith('en-'));
  const article = about ? null : articleStyle(cands, styles);
  // Articles and Sections both: the more numerous numbers the provisions, the other groups them (an EU act's
  // Section > Article, a constitution's Article > Section).
  // A bill's own "Section A." encloses the code sections it enacts (1.310., 143.173.).
  const grouping =
    article === 'en-article' ? 'en-section' : article === 'en-section' ? 'en-article' : article === 'en-code' ? 'en-section' : null;
  // Part and Title both: the one printed first holds the other (an EU act's PART ONE > TITLE I, a code's Title > Part)
  const outer =
    styles.has('en-part') && styles.has('en-title') ? cands.find((c) => c.style === 'en-part' || c.style === 'en-title')!.style : null;
  // Chapters printed before any Part hold the Parts (a South African Act's CHAPTER 2 > Part A); else Part > Chapter
  const chapterOuter =
    styles.has('en-part') && cands.find((c) => c.style === 'en-part' || c.style === 'en-chapter')?.style === 'en-chapter';
  // Numbered and unnumbered headings set in heading tags are tiered by their tags ("Foreword" and "1. Lay the
  // foundations" both <h2>, an <h3> "3.1.1." above the <h4>s under it even where an <h4> came first), once the part has
  // unnumbered heading tags to show the tags carry its structure. Paragraphs led by a number and a bold phrase ("1.
  // **Set out a plan.** …") are a tier of their own, below the headings numbered the same way.
  const tagged = !legalEn && cands.some((c) => c.kind === 'htag');
  const tierKey = (c: Candidate): string => {
    if (legalEn || c.style === NUMBER_CARD) return c.style;
    if (tagged && c.line.heading && (c.kind === 'htag' || c.label)) return `h${c.line.heading}${DEPTH[c.style] ?? ''}`;
    return c.label && !c.line.heading && !c.line.bold && boldRunIn(c.line) ? `runin ${styleKey(c)}` : styleKey(c);
  };
  const ownRank = (c: Candidate) => FIXED_RANK[c.style as Style] === undefined || (about && tagged && c.style.startsWith('en-'));
  const rankOf = tierRanks(cands.filter((c) => ownRank(c) && c.style !== grouping).map(tierKey), tagged);
  const inSchedule = scheduleParts(cands);
  const rank = (c: Candidate, style = c.style): number => {
    if (style === grouping) return 4.5;
    if (inSchedule.has(c) && style === c.style) return 1.5;
    if (outer && (style === 'en-part' || style === 'en-title')) return style === outer ? 1 : 1.5;
    if (chapterOuter && (style === 'en-part' || style === 'en-chapter')) return style === 'en-chapter' ? 1 : 2.5;
    // a text about an Act ranks the Act's Titles it goes through as its own heads, by how they are set
    const fixed = about && tagged && style.startsWith('en-') ? undefined : FIXED_RANK[style as Style];
    if (fixed !== undefined) return fixed;
    if (isCrossHeading(c) && legalEn) return 4; // cross-headings sit between Part and section
    return rankOf.get(style === c.style ? tierKey(c) : style) ?? 10 + rankOf.size;
  };
  const boldHolds = !legalEn && (boldLinesHoldRuns(cands) || outlineRunUnderHeads(cands));
  const seen = new Set<string>();
  const out: Placed[] = [];
  const stack: number[] = [];
  let inArticle = false;
  let articleNo = NaN;
  for (const [i, c] of cands.entries()) {
    // In an Act, an unnumbered heading (a tag, or a bold or centred line) is a cross-heading only when sections
    // follow it (not a Schedule's entries).
    // An Act's or a treaty's preamble, before its first Part or section, is a part of its own at the top.
    if (legalEn && isCrossHeading(c) && PREAMBLE.test(c.rest.trim()) && !out.length) {
      out.push({ cand: c, level: base + 1 });
      continue;
    }
    if (legalEn && isCrossHeading(c) && !ARTICLE_STYLES.has(cands[i + 1]?.style ?? '')) continue;
    // under heading tags, a bold line of the text (not centred) is a subhead inside its section, a tier of its own
    if (c.kind === 'bold' && !legalEn && !(tagged && !c.line.centered && c.style === 'bold')) {
      // A bold title line (导 言, 结 语) stands at the top of its part, beside the highest numbered heads; when the
      // numbering starts again under each such line, the lines hold the runs (a budget's 主要职能 / 名词解释).
      stack.length = 0;
      if (boldHolds) stack.push(-1);
      inArticle = false;
      out.push({ cand: c, level: base + 1 });
      continue;
    }
    const r = rank(c);
    const articleRank = article ? rank(c, article) : Infinity;
    // an item inside a law article; but 3.1 under Sec. 3 is that section's own subsection
    if (inArticle && r > articleRank && !subsectionOf(c, articleNo)) continue;
    // A numbering style starts at 1 (or its Chinese/lettered equivalent); a first "5." is a stray number, unless the
    // series goes on (（2）（3）（5）: real documents have broken numbering, and a reader still sees the headings).
    if (c.label && !seen.has(styleKey(c)) && FIXED_RANK[c.style as Style] === undefined && c.label.value !== 1 && !continued(cands, i))
      continue;
    seen.add(styleKey(c));
    while (stack.length && stack[stack.length - 1]! >= r) stack.pop();
    stack.push(r);
    inArticle = article !== null && r >= articleRank;
    if (r === articleRank) articleNo = c.label?.value ?? NaN;
    out.push({ cand: c, level: base + stack.length });
  }
  return out;
}

/**
 * A Schedule with Parts of its own (PART I again after the Act's PART III): they sit under the Schedule, where the
 * Act's Parts sit at its top.
 */
function scheduleParts(cands: Candidate[]): Set<Candidate> {
  const out = new Set<Candidate>();
  let actParts = 0;
  let schedule = false;
  for (const c of cands) {
    if (c.style === 'en-schedule') schedule = true;
    else if (c.style === 'en-part' && c.label) {
      if (schedule && c.label.value <= actParts) out.add(c);
      else if (!schedule) actParts = Math.max(actParts, c.label.value);
      else schedule = false; // a Part numbered on from the Act's: the Act resumes
    }
  }
  return out;
}

/**
 * Unnumbered bold lines are a tier above the numbering when a numbered series starts again at 1 right under one of
 * them, after a first run that also sat under one: （一）…（十） under 主要职能, （一）… again under 名词解释.
 */
function boldLinesHoldRuns(cands: Candidate[]): boolean {
  const starts = cands.flatMap((c, i) =>
    c.label?.value === 1 && FIXED_RANK[c.style as Style] === undefined ? [{ style: c.style, i }] : [],
  );
  return starts.some(
    (s, k) =>
      cands[s.i - 1]?.kind === 'bold' &&
      starts.slice(0, k).some((f) => f.style === s.style && cands.slice(0, f.i).some((c) => c.kind === 'bold')),
  );
}

/**
 * An opinion's or a report's unnumbered heads (Introduction, Background, … Discussion) hold the I. / A. run that
 * starts under one of them after two or more: the points argued under Discussion, not parts beside it.
 */
function outlineRunUnderHeads(cands: Candidate[]): boolean {
  const first = cands.findIndex((c) => c.label && (c.style === 'roman-dot' || c.style === 'alpha-dot'));
  return (
    first >= 2 &&
    cands[first]!.label!.value === 1 &&
    cands.slice(0, first).every((c) => c.kind === 'bold' || c.kind === 'htag') &&
    cands[first - 1]!.kind === 'bold'
  );
}

/**
 * Tiers ranked as the reader meets them, from 10. Under heading tags, the tags rank among themselves by the tag (h2
 * over h3 over h4, whichever came first) and above the text's own tiers (numbered or bold paragraphs inside them).
 */
function tierRanks(keys: string[], tagged: boolean): Map<string, number> {
  const order = ladderOrder([...new Set(keys)]);
  const isTag = (k: string) => /^h\d(?:\.\d)?$/.test(k);
  const ranked = tagged ? [...order.filter(isTag).sort(), ...order.filter((k) => !isTag(k))] : order;
  return new Map(ranked.map((k, i) => [k, 10 + i]));
}

/** The next head numbered in the same style follows on from this one (2 → 3, or a number or two skipped). */
function continued(cands: Candidate[], i: number): boolean {
  const c = cands[i]!;
  const next = cands.slice(i + 1).find((n) => styleKey(n) === styleKey(c));
  const gap = next?.label ? next.label.value - c.label!.value : 0;
  return gap >= 1 && gap <= 3;
}

/**
 * The style that numbers law articles: 第X条 (or an English section); failing that, under 章/节, a numbering
 * whose items are long paragraphs rather than heading lines (rules numbered 一、二、 as articles).
 */
function articleStyle(cands: Candidate[], styles: Set<string>): string | null {
  if (styles.has('tiao')) return 'tiao';
  if (styles.has('en-code')) return 'en-code';
  const count = (s: string) => cands.filter((c) => c.style === s).length;
  if (styles.has('en-section') || styles.has('en-article')) return count('en-article') > count('en-section') ? 'en-article' : 'en-section';
  if (!styles.has('zhang') && !styles.has('jie')) return null;
  const under = cands.find(
    (c, i) =>
      c.label &&
      FIXED_RANK[c.style as Style] === undefined &&
      i > 0 &&
      cands.slice(0, i).some((p) => p.style === 'zhang' || p.style === 'jie'),
  );
  if (!under) return null;
  const items = cands.filter((c) => c.style === under.style);
  // An article is a paragraph of sentences; a heading line is short and unpunctuated (一、百年征程铸就时代新辉煌).
  const long = items.filter((c) => c.rest.length > 30 && /[。；]/.test(c.rest));
  return long.length >= items.length / 2 ? under.style : null;
}

/** A decimal number whose first part is the section it sits in (3.1, 3.2 under Sec. 3). */
function subsectionOf(c: Candidate, articleNo: number): boolean {
  const m = c.label && /^dec[23]$/.test(c.style) ? /^(\d+)\./.exec(c.label.label) : null;
  return !!m && Number(m[1]) === articleNo;
}
