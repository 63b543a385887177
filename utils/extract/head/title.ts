/** The document's own title: not `<title>` with the site's name glued on. */
import { squash } from '../../dom/blocks';

// Separators sites put between title and site/channel names. A plain "-" counts only with spaces around it
// or when it touches CJK text, so "COVID-19" or "2019-2020" survive.
const SEP = /\s*(?:_{1,2}|\s[|｜]\s|[|｜]|\s[-–—]{1,2}\s|--|(?<=[\u3400-\u9fff）》」])-(?=[\u3400-\u9fff《「（])|\s»\s)\s*/;
const SITEISH =
  /(网|网站|频道|门户|首页|官网|客户端|政府|日报|晚报|新闻|时政|要闻|专栏|公开|报$|台$|\.com|\.cn|\.gov|news|times|post|daily|online)/i;

function looksLikeSite(seg: string, siteName: string): boolean {
  if (!seg) return true;
  if (siteName && (seg === siteName || siteName.includes(seg) || seg.includes(siteName))) return true;
  return seg.length <= 14 && SITEISH.test(seg);
}

/** Strip site and channel names from a `<title>`-like string. */
export function stripSiteSuffix(raw: string, siteName = ''): string {
  const title = squash(raw);
  const segs = title.split(SEP).map((s) => s.trim());
  if (segs.length < 2) return title;
  const kept = segs.filter((s) => !looksLikeSite(s, siteName));
  if (kept.length === 0) return segs[0] ?? title;
  // Several non-site segments: the title itself contained a separator; keep the longest one.
  return kept.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * Pick the title. Order: an explicit article-title meta; a page heading that the <title> starts with
 * (the most reliable sign it is the document's own title); the cleaned <title>; Readability's guess.
 */
export function chooseTitle(opts: {
  metaTitle: string;
  docTitle: string;
  headings: string[];
  readabilityTitle: string;
  siteName: string;
}): string {
  const { metaTitle, docTitle, headings, readabilityTitle, siteName } = opts;
  if (metaTitle) return stripSiteSuffix(metaTitle, siteName);
  const raw = squash(docTitle);
  for (const h of headings.map(squash)) {
    if (h.length >= 4 && h.length <= 200 && raw && (raw.startsWith(h) || (h.length >= 8 && raw.includes(h)))) return h;
  }
  const cleaned = raw ? stripSiteSuffix(raw, siteName) : '';
  return cleaned || squash(readabilityTitle) || headings.map(squash).find((h) => h.length >= 4) || '';
}
