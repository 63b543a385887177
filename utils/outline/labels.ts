/** Numbering labels at the start of a line: which style, the label as printed, its value, and the rest. */
import { CN_NUMERAL_CHARS, parseCircled, parseNumeral, parseRoman } from './numerals';

export type Style =
  | 'bufen'
  | 'bian'
  | 'fenbian'
  | 'zhang'
  | 'jie'
  | 'tiao'
  | 'fujian'
  | 'cn-dun'
  | 'cn-paren'
  | 'cn-ordinal'
  | 'ar-dot'
  | 'ar-space'
  | 'ar-paren'
  | 'circled'
  | 'dec2'
  | 'dec3'
  | 'en-title'
  | 'en-part'
  | 'en-chapter'
  | 'en-division'
  | 'en-article'
  | 'en-section'
  | 'en-code'
  | 'en-schedule'
  | 'en-item'
  | 'en-amend'
  | 'alpha-paren'
  | 'roman-paren'
  | 'roman-dot'
  | 'alpha-dot'
  | 'word-num';

export interface Label {
  style: Style;
  /** the numbering token exactly as printed, with its delimiter */
  label: string;
  value: number;
  /** the text after the label */
  rest: string;
}

const N = `[${CN_NUMERAL_CHARS}]+|\\d+`;
const SP = '[\\s\\u00a0\\u3000]*';

// A state code's abbreviation (NRS, ORS, RSMo; two capitals, so a marginal "Note § 2-1212.21" is none) may precede
// the number; a caption, a subsection or a quote follows it.
// A rule number (123-450-0010) stands on a line of its own, its title on the next. A code may number a section
// under a title and chapter (1798.91.04, 1798.199.10) or print it after § with its title's number (§ 59.1-577.1).
const CODE_SECTION =
  /^(?:[A-Z]{2}[A-Za-z]{0,3}[\s\u00a0]+)?(\d{1,4}[A-Z]?\.\d{3,4}[A-Z]?(?:\.\d{1,3})?|(?!(?:19|20)\d\d\.)\d{3,5}\.\d{2}\.\d{2,3}|§[\s\u00a0]*\d+(?:\.\d+)*[A-Z]?-\d+(?:\.\d+)*[A-Z]?|\d{3}-\d{3}-\d{4}(?=[\s\u00a0]*$))\.?(?=[\s\u00a0]+[A-Z0-9(“"[]|$)/;

/** The words a guide or a plan numbers its parts by, in its own capitals or in title case */
const WORD_UNIT_LIST = [
  'Step',
  'Tip',
  'Goal',
  'Objective',
  'Strategy',
  'Priority',
  'Recommendation',
  'Principle',
  'Phase',
  'Stage',
  'Pillar',
  'Outcome',
  'Lesson',
  'Module',
  'Appendix',
];
const WORD_UNITS = [...WORD_UNIT_LIST, ...WORD_UNIT_LIST.map((w) => w.toUpperCase())].join('|');
const WORDS = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'ELEVEN', 'TWELVE'];
const WORD_NUMS = [...WORDS, ...WORDS.map((w) => w[0] + w.slice(1).toLowerCase())].join('|');
/** A period or colon printed right after an English unit's number stays in its label (PART 1., TITLE I:), as 1. keeps it */
const PUNCT = String.raw`(?:[.:](?=[\s\u00a0]|$))?`;

interface Rule {
  style: Style;
  re: RegExp;
  value: (m: RegExpExecArray) => number;
  /** the label as written, when it is not simply the text matched */
  printed?: (m: RegExpExecArray) => string;
}

const num = (m: RegExpExecArray) => parseNumeral(m[1] ?? '');
const RULES: Rule[] = [
  { style: 'fenbian', re: new RegExp(`^第${SP}(${N})${SP}分编`), value: num },
  { style: 'bian', re: new RegExp(`^第${SP}(${N})${SP}编`), value: num },
  { style: 'bufen', re: new RegExp(`^第${SP}(${N})${SP}部分`), value: num },
  { style: 'zhang', re: new RegExp(`^第${SP}(${N})${SP}章`), value: num },
  { style: 'jie', re: new RegExp(`^第${SP}(${N})${SP}节`), value: num },
  // not 第二十条第（一）项 / 第三条第二款: a citation of an article's item (a statutory table's caption), no article
  {
    style: 'tiao',
    re: new RegExp(`^第${SP}(${N})${SP}条(?:之[${CN_NUMERAL_CHARS}]+)?(?!${SP}第${SP}(?:${N}|[（(][^）)]{1,4}[）)])${SP}[款项])`),
    value: num,
  },
  { style: 'fujian', re: /^附\s*件\s*(\d*)(?=[\s：:]|$)/, value: (m) => Number(m[1] || 1) },
  // 一、 but not a list of months or dates (一、二月份)
  { style: 'cn-dun', re: new RegExp(`^([${CN_NUMERAL_CHARS}]+)[、．.](?![${CN_NUMERAL_CHARS}]+月)`), value: num },
  { style: 'cn-paren', re: new RegExp(`^[（(]${SP}([${CN_NUMERAL_CHARS}]+)${SP}[）)]`), value: num },
  // 第一，/第二，: ordinals opening their own paragraphs number its parts as 一、 does (not 第一条, 第一章)
  { style: 'cn-ordinal', re: /^第([一二三四五六七八九十]{1,3})[，,](?=\S)/, value: num },
  // a code's own section number: NRS 36.010, 838.005, 1.310. (chapter.section), an administrative rule 123-450-0010
  { style: 'en-code', re: CODE_SECTION, value: (m) => parseInt(/(\d+)[A-Z]?$/.exec(m[1]!)?.[1] ?? '', 10) },
  // a code section a bill adds or amends, quoted whole: "Section 7-13-710. (A) When…" (title-chapter-section), its
  // opening quote and any spaces before the period left out of the label
  {
    style: 'en-code',
    re: /^["“]?(SECTION|Section|Sec\.|§)[\s\u00a0]*(\d{1,3}[A-Z]?(?:-\d{1,4}[A-Z]?){1,2})[\s\u00a0]*\.(?=[\s\u00a0(“"]|$)/,
    value: (m) => parseInt(m[2]!.split('-').pop()!, 10),
    printed: (m) => `${m[1]} ${m[2]}.`,
  },
  // 3.1.1 and a printed "3.1.1." (as dec2 keeps "3.1."), not 3.1.1.2
  { style: 'dec3', re: /^(\d{1,2})\.(\d{1,2})\.(\d{1,2})(?!\d|\.\d)\.?/, value: (m) => Number(m[3]) },
  // 3.1 and a printed "3.1." (a memorandum's subsection), not 3.1.2 nor 3.5%
  { style: 'dec2', re: /^(\d{1,2})\.(\d{1,2})(?![\d%‰亿万千百元倍个年月日]|\.\d)\.?(?=\s|[^\d\s.])/, value: (m) => Number(m[2]) },
  { style: 'ar-dot', re: /^(\d{1,3})(?:[.．、](?![\d.%])|[)）](?!\S*[（(]))/, value: num },
  // "1　总则" in decimal-numbered plans (1 > 1.1 > 1.1.1), "01 引言" in reports, and a zero-padded number glued to
  // its title (01综合 … 12资源; not 05月, 03版, 12个); only trusted on short title lines (see classify)
  {
    style: 'ar-space',
    re: /^(?:(\d{1,2})[ \u3000\u00a0]+(?=[^\d\s.%])|(0[1-9]|1\d)(?=[\u4e00-\u9fff])(?![年月日号时期版届次个家项条名人万亿元倍岁天]))/,
    value: (m) => Number(m[1] ?? m[2]),
  },
  { style: 'ar-paren', re: /^[（(]\s*(\d{1,3})\s*[）)]/, value: num },
  { style: 'circled', re: /^([①-⑳])/, value: (m) => parseCircled(m[1]!) },
  // an EU act's or a code's TITLE I > CHAPTER > Section > Article
  { style: 'en-title', re: new RegExp(`^(?:TITLE|Title)[\\s\\u00a0]+(\\d+(?:\\.\\d+)*|[IVXLC]+)\\b${PUNCT}`), value: (m) => enNum(m[1]!) },
  // EU acts spell their Parts out (PART ONE … PART ELEVEN) and number their annexes in Roman (ANNEX IV); a Part added
  // later between two others is numbered after a point (Ontario's PART V.1, Part 2.1); a page may print the word and
  // its Roman number in lower case for its style sheet to set in capitals ("part i"), shown as the page shows it
  {
    style: 'en-part',
    re: new RegExp(
      `^(?:PART|Part)[\\s\\u00a0]+(\\d+[A-Z]{0,3}(?:\\.\\d{1,2})?|[IVXLC]+(?:\\.\\d{1,2})?|${WORD_NUMS})\\b${PUNCT}|^(?:part|Part)[\\s\\u00a0]+([ivxlc]+(?:\\.\\d{1,2})?)(?=[\\s\\u00a0]|$)|^(?:PART|Part)[\\s\\u00a0]+([A-Z])(?=[\\s\\u00a0—–]|$)`,
    ),
    // South African Acts letter the Parts of a Chapter (Part A, Part B …; a C or a D reads as the Roman numeral)
    value: (m) => (m[3] ? m[3].charCodeAt(0) - 64 : enNum(m[1] ?? m[2]!.toUpperCase())),
    printed: (m) => (m[2] ? m[0].toUpperCase() : m[0]),
  },
  {
    style: 'en-chapter',
    re: new RegExp(`^(?:CHAPTER|Chapter)[\\s\\u00a0]+(\\d+(?:\\.\\d+)*[A-Z]{0,3}|[IVXLC]+)\\b${PUNCT}`),
    value: (m) => enNum(m[1]!),
  },
  // a regulation's Subpart 51.1 counts 1, 2 … within its Part 51
  {
    style: 'en-division',
    re: /^(?:DIVISION|Division|Subpart)[\s\u00a0]+(\d+(?:\.\d+)*[A-Z]{0,3})\b/,
    value: (m) => enNum(m[1]!.split('.').pop()!),
  },
  // a Part's lettered sub-parts ("Sub-Part A: Right to education"; Zimbabwe, Kenya, Tanzania), in the case a
  // small-capitals font left after conversion ("sub-part a: right to education", "sub-part: d-right to information")
  {
    style: 'en-division',
    re: /^(?:SUB-PART|Sub-Part|Sub-part|sub-part|Subpart|SUBPART)(:?[\s\u00a0]+)([A-Za-z])(?:[\s\u00a0]*[:—–-])?(?=[\s\u00a0]*[A-Za-z]|$)/,
    value: (m) => m[2]!.toUpperCase().charCodeAt(0) - 64,
    printed: (m) => m[0].replace(/[\s\u00a0]*[:—–-]$/, ''),
  },
  // an article inserted by amendment (Article 8 bis), often with the amendment's note mark glued on (bis4)
  {
    style: 'en-article',
    re: new RegExp(`^(ARTICLE|Article)[\\s\\u00a0]+(\\d+[A-Z]{0,3}|[IVXLC]+)(?:[\\s\\u00a0]+(bis|ter|quater)\\d{0,2})?\\b${PUNCT}`),
    value: (m) => enNum(m[2]!),
    printed: (m) => (m[3] ? `${m[1]} ${m[2]} ${m[3]}` : m[0]),
  },
  // a regulation's section, numbered by its part (§ 39.13 [Amended] in a rule that amends 14 CFR part 39): the
  // number is whole, not § 39 titled "13 …"
  { style: 'en-section', re: /^§[\s\u00a0]*\d{1,4}\.(\d{1,4}[a-z]?)(?=[\s\u00a0]|$)/, value: (m) => parseInt(m[1]!, 10) },
  // bills: "SEC. 2.", and "Section A." (the bill's own enacting section before the statute sections it enacts); the
  // label keeps the period printed after the number, as 1. does, on a captionless stub too (Sec. 101.)
  // Washington's bills mark a section they add "NEW SECTION. Sec. 2.": the marker is no part of the label
  {
    style: 'en-section',
    re: /^(?:NEW SECTION\.[\s\u00a0]+)?((?:SECTION|Section|SEC\.|Sec\.|§)[\s\u00a0]*(\d+[A-Z]{0,3}|[A-Z](?=\.\s))\b(?:\.(?=[\s\u00a0]|$))?)/,
    value: (m) => enNum(m[2]!),
    printed: (m) => m[1]!,
  },
  { style: 'en-schedule', re: /^(?:SCHEDULE|Schedule|ANNEX|Annex)[\s\u00a0]+(\d+[A-Z]{0,3}|[IVXLC]+)\b/, value: (m) => enNum(m[1]!) },
  // a guide's or a plan's own numbered parts, a word before the number and a separator after it: Step 1:, Tip #3 -,
  // Goal 2., Objective 1.2 —, Recommendation 4: (not "Step 3 of the process", which runs on without one)
  {
    style: 'word-num',
    re: new RegExp(
      `^(?:${WORD_UNITS})[\\s\\u00a0]+#?(\\d{1,3}(?:\\.\\d{1,2}){0,2}|[A-Z])(?=[\\s\\u00a0]*(?:[:)—–]|\\.(?!\\d)|-[\\s\\u00a0]|$))[:.)]?`,
    ),
    value: (m) => enNum(m[1]!.split('.').pop()!),
  },
  { style: 'roman-paren', re: /^\(((?:x{0,3})(?:ix|iv|v?i{0,3}))\)(?=\s)/, value: (m) => parseRoman(m[1]!) },
  // an opinion's, a brief's or a report's parts in outline numbering: I. Background > A. Standing (a Roman numeral
  // or a capital with its period, a title after it, or alone on its line: a slip opinion's centred I > A > 1);
  // not an initial before a name (J. K. Rowling) nor Q./A.
  {
    style: 'roman-dot',
    re: /^(X{0,3}(?:IX|IV|V?I{0,3}))(?:\.(?=[\s\u00a0]+[A-Z0-9“"‘'(])|\.?(?=[\s\u00a0]*$))/,
    value: (m) => parseRoman(m[1]!),
  },
  {
    style: 'alpha-dot',
    re: /^([A-HJ-PR-UWYZ])(?:\.(?=[\s\u00a0]+(?![A-Z]\.[\s\u00a0])[A-Z0-9“"‘'(])|\.?(?=[\s\u00a0]*$))/,
    value: (m) => m[1]!.charCodeAt(0) - 64,
  },
  { style: 'alpha-paren', re: /^\(([a-z])\)(?=\s)/, value: (m) => m[1]!.charCodeAt(0) - 96 },
];

function enNum(numeral: string): number {
  const s = numeral.replace(/\.\d{1,2}$/, ''); // V.1 ranks as V does
  const word = WORDS.indexOf(s.toUpperCase());
  if (word >= 0) return word + 1;
  if (/^[A-Z]$/.test(s) && !/^[IVXLC]$/.test(s)) return s.charCodeAt(0) - 64; // Section A
  const n = parseInt(s, 10);
  return Number.isNaN(n) ? parseRoman(s) : n;
}

/**
 * Every rule above opens with one of these (第, 附, a Chinese numeral, a bracket, a quote, a digit, a capital, §, ①,
 * a lower-case "part "): a line starting otherwise — most of a long document's lines — is turned away before its 25
 * tries.
 */
const FIRST = new RegExp(`^(?:[第附（("“0-9A-Z§①-⑳${CN_NUMERAL_CHARS}]|part\\s|sub-part[\\s:])`);

/** The numbering label that opens `text`, or null. `text` should be trimmed. */
export function matchLabel(text: string): Label | null {
  // Full-width digits (第１条, （２）, ３．) read as ASCII ones; the same length, so the label keeps its printed form.
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (!FIRST.test(ascii)) return null;
  for (const r of RULES) {
    const m = r.re.exec(ascii);
    if (!m || !m[0]) continue;
    const value = r.value(m);
    if (Number.isNaN(value)) continue;
    let rest = text.slice(m[0].length).replace(/^[\s\u00a0\u3000:：.．、]+/, '');
    // an English unit's title set after a dash: Subpart 1—Purpose (NZ), Part 2—Offences, Schedule 1—Amendments (AU),
    // Subpart 51.1 - Contractor Use of … (a hyphen with spaces)
    if (r.style.startsWith('en-') || r.style === 'word-num') rest = rest.replace(/^(?:[—–][\s\u00a0]*|-+[\s\u00a0]+)/, '');
    // "1." or "（一）" alone with nothing after it is a stray number, not a heading; 第X章 or Part 1 may stand alone.
    if (!rest && !/^(bufen|bian|fenbian|zhang|jie|tiao|fujian|en-|roman-dot|alpha-dot)/.test(r.style)) continue;
    const printed = r.printed?.(m) ?? text.slice(0, m[0].length);
    return {
      style: r.style,
      label: printed.replace(/[\s\u00a0\u3000]+/g, (s) => (r.style.startsWith('en-') ? ' ' : s)).trim(),
      value,
      rest,
    };
  }
  return null;
}

/** Law-structure styles with a fixed nesting order; others are ranked as the reader meets them. */
export const FIXED_RANK: Partial<Record<Style, number>> = {
  bufen: 0,
  bian: 1,
  fenbian: 2,
  zhang: 3,
  jie: 4,
  tiao: 5,
  'en-title': 1,
  'en-part': 1,
  'en-schedule': 1,
  'en-chapter': 2,
  'en-division': 3,
  'en-article': 5,
  'en-section': 5,
  'en-code': 5,
  // an amending Schedule's numbered items (schedule-items.ts): its provisions, at a section's rank
  'en-item': 5,
  // an amendment sheet's numbered amendments (amendments.ts), over the items they substitute
  'en-amend': 1,
};

export const LAW_STYLES = new Set<Style>(['bian', 'fenbian', 'zhang', 'jie', 'tiao']);
