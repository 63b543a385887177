/** The document's own title: not `<title>` with the site's name glued on, nor a site name, breadcrumb or file name. */
import { squash } from '../../dom/blocks';
import { isPageLabel, looksLikeSite, splitDocNumber } from './title-labels';
import { foldRomanNumbers, legalTitle, type LegalTitleLine } from './title-legal-en';
import { withIssuers } from './title-issuers';
import { asPrinted } from './title-printed';
import { printsTitle, visibleEdition } from './title-h1';
import { withKindSuffix } from './title-kind-suffix';
import { ownerHeadline } from './title-owner';

// Separators sites put between title and site/channel names. A plain "-" counts only with spaces around it
// or when it touches CJK text, so "COVID-19" or "2019-2020" survive.
const SEP = /\s*(?:_{1,2}|\s[|｜]\s|[|｜]|\s[-–—]{1,2}\s|--|(?<=[\u3400-\u9fff）》」])-(?=[\u3400-\u9fff《「（])|\s»\s)\s*/;

const segments = (title: string) => title.split(SEP).map((s) => s.trim());

/** The `<title>`'s last segment when it has several ('' otherwise): where a site puts its name. */
export function lastSegment(title: string): string {
  const segs = segments(squash(title));
  return segs.length >= 2 ? segs[segs.length - 1]! : '';
}

export const segmentCount = (title: string): number => segments(squash(title)).length;

// A separator left at an end by a template field the CMS left empty (`{number} - {title}` → ` - Act respecting …`).
const EMPTY_FIELD = /^(?:[-–—|｜_:]\s+)+|(?:\s+[-–—|｜_:])+$/g;

/** Strip site and channel names from a `<title>`-like string. */
export function stripSiteSuffix(raw: string, siteName = '', printed: string[] = []): string {
  const title = squash(raw).replace(EMPTY_FIELD, '');
  const segs = segments(title);
  if (segs.length < 2) return title;
  const kept = segs.filter((s) => !looksLikeSite(s, siteName));
  if (kept.length === 0) return segs[0] ?? title;
  // Several non-site segments: the one the page prints as a heading (the other names the site, Glossary – Justice
  // UK); else the title itself contained a separator: keep the longest one.
  const shown = kept.filter((s) => printed.includes(s));
  return (shown.length ? shown : kept).reduce((a, b) => (b.length > a.length ? b : a));
}

/** Nothing in it but names of the site and its channels (新闻动态--某某学会官网), or a page label once they go. */
function namesOnlySite(raw: string, siteName: string): boolean {
  if (!raw || isPageLabel(raw, siteName) || isPageLabel(stripSiteSuffix(raw, siteName), siteName)) return true;
  return segments(raw).every((s) => looksLikeSite(s, siteName) || isPageLabel(s, siteName));
}

const CJK = /[\u3400-\u9fff]/;

/**
 * `h` is one of the `<title>`'s segments after its first (`Ladders - Hazards | Bureau of …`): a channel's or the
 * site's name, which a page also prints as its logo heading, not the document's title.
 */
const isSiteSuffix = (raw: string, h: string) => {
  const [first = '', ...rest] = segments(raw);
  return rest.some((s) => s.includes(h)) && !first.includes(h);
};

export interface TitleInputs {
  metaTitle: string;
  docTitle: string;
  /** h1/h2 texts, in page order */
  headings: string[];
  /** the visible headlines near the body, most prominent first (h1, title-classed blocks, h2, h3) */
  headlines?: string[];
  readabilityTitle: string;
  siteName: string;
  /** the article's first set-off lines, read only when nothing else names the document */
  bodyHeadline?: () => string;
  /** texts that may print a truncated title in full (the description, the article's text), read only then */
  fullTexts?: () => string[];
  /** English legislation's own title line in the body (title-legal-en.ts) */
  legalLine?: LegalTitleLine | null;
  /** the page's only visible `<h1>` (title-h1.ts) */
  pageH1?: string;
  /** that `<h1>` joined with the headings set right under it, when some are (title-h1.ts) */
  h1Block?: string;
  /** the body prints the whole `<title>`, separators and all (title-whole.ts) */
  titlePrinted?: boolean;
  /** a court opinion's parties as its caption prints them (court-caption.ts) */
  caption?: string;
}

/**
 * Pick the title, weighing the sources together. Order: an article-title meta that is not a page label; a page
 * heading that the <title> starts with (the part after it is the site suffix); the cleaned <title>, unless it only
 * names the site; then the visible headline; Readability's guess. A bracketed 文号 at the end goes (it has its field);
 * the issuers the printed title line names before 关于 come back (title-issuers.ts), and its words are the printed
 * line's (title-printed.ts). A title field that is an older edition or the last words of the page's one `<h1>` yields
 * to it (title-h1.ts).
 */
export function chooseTitle(given: TitleInputs): string {
  if (given.caption) return given.caption;
  // a <title> that is an unfilled template field names nothing: the page has no <title> to weigh
  const opts = { ...given, docTitle: unfilled(squash(given.docTitle)), readabilityTitle: unfilled(squash(given.readabilityTitle)) };
  const legal = legalTitle(opts.legalLine, opts.metaTitle, opts.docTitle, opts.siteName, opts.pageH1);
  if (legal) return legal.replace(SENTENCE_END, '');
  // read once: up to four steps below ask for them, and the article's text is a walk over all of it
  const fullTexts = opts.fullTexts && once(opts.fullTexts);
  const headings = new Set(opts.headings.map(squash));
  // a line the page prints on its own: a heading, a tab's name, a bold line (the body's lines read only if asked)
  const printed = (line: string) => headings.has(line) || (fullTexts?.() ?? []).some((t) => t.split('\n').some((l) => squash(l) === line));
  const ctx = { segments: segments(squash(opts.docTitle)), printed };
  const picked = visibleEdition(pickTitle(opts), opts.pageH1, ctx);
  const title = splitDocNumber(completeTitle(picked, fullTexts)).title.replace(SENTENCE_END, '');
  return fullTexts ? asPrinted(withIssuers(title, fullTexts), fullTexts) : title;
}

function once(read: () => string[]): () => string[] {
  let texts: string[] | undefined;
  return () => (texts ??= read());
}

// A caption printed as a sentence ("Making … for other purposes.") ends in a period that is no part of the
// document's name; an abbreviation keeps its own (Inc., U.S.A., etc.).
const SENTENCE_END = /(?<=\s(?!etc\.)[a-z]{3,})\.$/;

const ELLIPSIS = /\s*(?:\.{3,}|…+|。{3,})$/;
// Where a title quoted or set on its own line ends: 本文原标题：《…》, or the end of the line.
const TITLE_END = /^[^》」”"\n]{1,80}?(?=[》」”"\n]|$)/;

/** A title cut short with "..." (a CMS's length limit) is completed from a text that prints it whole. */
function completeTitle(title: string, fullTexts?: () => string[]): string {
  const cut = title.replace(ELLIPSIS, '');
  if (cut === title || cut.length < 8 || !fullTexts) return title;
  for (const text of fullTexts()) {
    for (let at = text.indexOf(cut); at >= 0; at = text.indexOf(cut, at + 1)) {
      // the same truncated copy (an <h1>, a share title) completes nothing
      const rest = titleRest(cut, text.slice(at + cut.length));
      if (rest.replace(ELLIPSIS, '').trim()) return squash(cut + rest);
    }
  }
  return title;
}

/** The rest of a cut title in `after`; a cut inside 《…》 runs on through its 》 (…印发《某某规则》的通知). */
function titleRest(cut: string, after: string): string {
  const open = (cut.match(/《/g)?.length ?? 0) > (cut.match(/》/g)?.length ?? 0);
  const quoted = open ? (/^[^》\n]{0,80}》/.exec(after)?.[0] ?? '') : '';
  return quoted + (TITLE_END.exec(after.slice(quoted.length))?.[0] ?? '');
}

// A template field the generator never filled in: ` [atlas:bill]`, `{{title}}`, `%TITLE%`, `${title}`.
const PLACEHOLDER = /^(?:\[[\w:.-]+\]|\{\{\s*[\w.:-]+\s*\}\}|%[\w.:-]+%|\$\{[\w.]+\})$/;
const unfilled = (t: string) => (PLACEHOLDER.test(t) ? '' : t);

function pickTitle(opts: TitleInputs): string {
  const { metaTitle, docTitle, headings, headlines = [], readabilityTitle, siteName, bodyHeadline, titlePrinted } = opts;
  const printed = [...headings, ...headlines].map(squash);
  if (metaTitle && !namesOnlySite(squash(metaTitle), siteName)) return stripSiteSuffix(metaTitle, siteName, printed);
  const raw = squash(docTitle);
  // the page prints the whole <title> as its heading, over several lines or separators and all
  const whole = [opts.h1Block ?? '', ...headings].find((h) => printsTitle(h, raw));
  if (whole) return whole;
  // a <title> cut short (Part 7 - Use of Agency S... | Site) that a page heading prints whole: its separators are the
  // heading's own, not a site's
  const cut = /^(.{8,}?)\s*(?:\.{3,}|…+)/.exec(raw)?.[1];
  for (const h of headings.map(squash)) {
    const same =
      raw.startsWith(h) ||
      (h.length >= 8 && raw.includes(h)) ||
      foldRomanNumbers(raw).startsWith(foldRomanNumbers(h)) ||
      (!!cut && h.startsWith(cut));
    // (a short name the <title> starts with: the document's heading may print it in full, kind and year added)
    if (h.length >= 4 && h.length <= 200 && raw && same && !isSiteSuffix(raw, h)) return withKindSuffix(h, headings.map(squash));
  }
  // A visible headline the <title> starts with, then a space or separator: what follows is the site's or channel's
  // name, even when it is no known site name (… 东区办事处_中山网). A Latin headline may be one word (Ladders).
  for (const h of headlines.map(squash)) {
    const long = h.length >= (CJK.test(h) ? 8 : 4) && h.length <= 200;
    if (long && raw.startsWith(h) && /^(?:\s|_|[|｜]|[-–—])/.test(raw.slice(h.length)) && !isPageLabel(h, siteName)) return h;
  }
  const rdb = squash(readabilityTitle);
  // no <title> to weigh (a saved fragment): the visible headline (a centred bold PROCLAMATION) before the host name
  if (!raw) return rdb || headings.map(squash).find((h) => h.length >= 4) || headlines.map(squash).find((h) => h.length >= 4) || '';
  // a caption of dash-joined phrases the page prints whole names no site in any of them
  if (titlePrinted && segments(raw).every((s) => !looksLikeSite(s, siteName))) return raw;
  // the <title> names the site's owner only, and the headline opens with that name and goes on
  const owned = ownerHeadline(raw, headlines);
  if (owned) return owned;
  if (!namesOnlySite(raw, siteName)) return stripSiteSuffix(raw, siteName);
  // The <title> names the site: the headline the reader sees is the document's, unless it repeats the site too.
  const parts = new Set(segments(raw));
  const seen = [...headlines, ...headings].map(squash);
  const named = (h: string) => h.length >= 4 && h.length <= 200 && !parts.has(h) && !isPageLabel(h, siteName);
  const first = seen.find(named);
  // a masthead's short name, printed in full (kind and year) by the document's own heading further down
  const headline = (first && withKindSuffix(first, seen)) ?? [bodyHeadline?.() ?? ''].find(named);
  return headline || (rdb && !isPageLabel(rdb, siteName) ? rdb : '') || stripSiteSuffix(raw, siteName);
}
