/**
 * Word list numbering as Word prints it. A heading's number (`1.`, `2.2.1.`, `第一章`) is often no text at all: the
 * Heading style (or the paragraph) points into numbering.xml and Word counts. mammoth drops those numbers, so the
 * outline would see `Introduction` where the reader sees `1. Introduction`. This reads the three XML parts with plain
 * string matching (no XML parser: the same code runs in the extension and under Node) and counts every numbered
 * paragraph in document order, as Word does, giving each its printed number.
 */
import { isHeadingStyle } from './heading-style';
import { lvlText, type Level } from './list-formats';

export interface WordParts {
  document: string;
  styles?: string;
  numbering?: string;
}

/** A numbered paragraph: its style, its text (whitespace dropped, for matching) and the number Word prints. */
export interface NumberedParagraph {
  styleId: string;
  text: string;
  label: string;
}

interface NumPr {
  numId?: string;
  ilvl?: number;
}

const attr = (xml: string, tag: string): string | undefined => new RegExp(`<w:${tag}\\b[^>]*?w:val="([^"]*)"`).exec(xml)?.[1];

function numPrOf(pPr: string): NumPr | undefined {
  const m = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr);
  if (!m) return undefined;
  const ilvl = attr(m[1]!, 'ilvl');
  return { numId: attr(m[1]!, 'numId'), ilvl: ilvl === undefined ? undefined : Number(ilvl) };
}

interface Style {
  name?: string;
  basedOn?: string;
  numPr?: NumPr;
}

function readStyles(xml: string): Map<string, Style> {
  const out = new Map<string, Style>();
  for (const m of xml.matchAll(/<w:style\b[^>]*?w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const body = m[2]!;
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '';
    out.set(m[1]!, { name: attr(body, 'name'), basedOn: attr(body, 'basedOn'), numPr: numPrOf(pPr) });
  }
  return out;
}

interface Abstract {
  levels: Map<number, Level & { pStyle?: string }>;
  styleLink?: string;
}

function readNumbering(xml: string) {
  const abstracts = new Map<string, Abstract>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*?w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels: Abstract['levels'] = new Map();
    for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*?w:ilvl="(\d)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const b = l[2]!;
      levels.set(Number(l[1]), {
        start: Number(attr(b, 'start') ?? 1),
        format: attr(b, 'numFmt') ?? 'decimal',
        text: attr(b, 'lvlText') ?? '',
        legal: /<w:isLgl(?:\/>|\s*\/>|\s+w:val="(?:1|true|on)")/.test(b),
        suffix: attr(b, 'suff') ?? 'tab',
        pStyle: attr(b, 'pStyle'),
      });
    }
    abstracts.set(m[1]!, { levels, styleLink: attr(m[2]!, 'numStyleLink') });
  }
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  for (const m of xml.matchAll(/<w:num\b[^>]*?w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const starts = new Map<number, number>();
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b[^>]*?w:ilvl="(\d)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const s = attr(o[2]!, 'startOverride');
      if (s !== undefined) starts.set(Number(o[1]), Number(s));
    }
    nums.set(m[1]!, { abstractId: attr(m[2]!, 'abstractNumId') ?? '', starts });
  }
  return { abstracts, nums };
}

const textOf = (p: string) =>
  Array.from(p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g), (m) => m[1])
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/\s+/g, '');

/** The ids of the document's Heading 1–9 styles (by name: `heading 1`, `标题 1`). */
export function headingStyleIds(stylesXml: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const [id, s] of readStyles(stylesXml ?? '')) if (isHeadingStyle(id, s.name)) out.add(id);
  return out;
}

/** Every numbered paragraph of the body in document order, with the number Word prints before it. */
export function listNumbers(parts: WordParts): NumberedParagraph[] {
  if (!parts.numbering) return [];
  const styles = readStyles(parts.styles ?? '');
  const { abstracts, nums } = readNumbering(parts.numbering);
  /** A style's numPr, each field from the nearest style in its basedOn chain that sets it. */
  const styleNumPr = (id: string): NumPr => {
    const out: NumPr = {};
    for (let s = styles.get(id), n = 0; s && n < 20; s = s.basedOn ? styles.get(s.basedOn) : undefined, n++) {
      out.numId ??= s.numPr?.numId;
      out.ilvl ??= s.numPr?.ilvl;
    }
    return out;
  };
  /** numId → the abstract definition holding the levels, through a numbering style's link. */
  const resolve = (numId: string, depth = 0): { id: string; def: Abstract } | undefined => {
    const id = nums.get(numId)?.abstractId;
    const def = id === undefined ? undefined : abstracts.get(id);
    if (!def || depth > 5) return undefined;
    if (!def.styleLink) return { id: id!, def };
    const linked = styleNumPr(def.styleLink).numId;
    return linked && linked !== numId ? resolve(linked, depth + 1) : undefined;
  };
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  const out: NumberedParagraph[] = [];
  const body = parts.document.replace(/<w:txbxContent>[\s\S]*?<\/w:txbxContent>|<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, '');
  for (const m of body.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const p = m[1] ?? '';
    const pPr = /^\s*<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1] ?? '';
    const styleId = attr(pPr, 'pStyle') ?? '';
    const own = numPrOf(pPr);
    const fromStyle = styleNumPr(styleId);
    const numId = own?.numId ?? fromStyle.numId;
    if (!numId || numId === '0') continue;
    const found = resolve(numId);
    if (!found) continue;
    const byStyle = Array.from(found.def.levels.entries()).find(([, l]) => styleId && l.pStyle === styleId)?.[0];
    const ilvl = own?.ilvl ?? fromStyle.ilvl ?? byStyle ?? 0;
    const levels = found.def.levels;
    const level = levels.get(ilvl);
    if (!level) continue;
    const key = found.id;
    const count = counters.get(key) ?? [];
    const override = nums.get(numId)?.starts;
    if (override?.size && !started.has(numId)) {
      started.add(numId);
      count.length = 0;
      for (const [i, s] of override) if (i < ilvl) count[i] = s;
      if (override.has(ilvl)) count[ilvl] = override.get(ilvl)! - 1;
    }
    for (let i = 0; i < ilvl; i++) count[i] ??= levels.get(i)?.start ?? 1;
    count[ilvl] = count[ilvl] === undefined ? level.start : count[ilvl]! + 1;
    count.length = ilvl + 1;
    counters.set(key, count);
    const label = lvlText(level, count, levels);
    if (label) out.push({ styleId, text: textOf(p), label: label + (level.suffix === 'nothing' ? '' : ' ') });
  }
  return out;
}
