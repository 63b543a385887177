/** One corpus case through our pipeline and through plain Readability, scored against its ground truth. */
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { caseUrl, type CorpusCase } from './corpus';
import { extractFromHtml, parseHtml } from './dom';
import { metaFromPage, scoreMeta, type MetaRecord, type MetaResult } from './eval-meta';
import { scoreOutline, type Heading, type OutlineScore } from './eval-outline';
import { textF1, type Prf, type TokenCounts } from './eval-text';
import { metaTruth, outlineTruth, textTruth, type GtKind } from './eval-truth';

export type TextScore = Prf & TokenCounts;

export interface CaseResult {
  set: string;
  name: string;
  /** why our pipeline produced nothing (exception or ok:false code) */
  error?: string;
  baseError?: string;
  text?: { gtKind: GtKind; ours: TextScore; base: TextScore };
  outline?: { ours: OutlineScore; base: OutlineScore; gold: Heading[]; pred: Heading[] };
  meta?: { ours: MetaResult; baseTitle: boolean; pred: MetaRecord | null; gold: MetaRecord };
  ms: number;
}

export interface Output {
  text: string;
  title: string;
  byline: string;
  outline: Heading[];
  meta: MetaRecord | null;
}

export function runOurs(html: string, url: string): Output | string {
  const r = extractFromHtml(html, url);
  if (!r.ok) return `${r.code}`;
  const p = r.page;
  const outline = p.outline.map(({ level, label, title }) => ({ level, label, title }));
  return { text: p.text, title: p.title, byline: p.byline, outline, meta: metaFromPage(p.title, p.policy) };
}

/** Plain Readability with default options; the serializer only hands back the element so it is not re-parsed. */
export function runBaseline(html: string, url: string): Output | string {
  const dom = parseHtml(html, url);
  try {
    const a = new Readability<Element>(dom.window.document, { serializer: (n) => n as Element }).parse();
    if (!a?.content) return 'no-article';
    const hs = [...a.content.querySelectorAll('h1,h2,h3,h4,h5,h6')];
    // level = rank of the tag among the heading tags present, so h2/h4 become 1/2 like a gap-free gold tree
    const tags = [...new Set(hs.map((h) => h.tagName))].sort();
    const outline = hs.map((h) => ({
      level: tags.indexOf(h.tagName) + 1,
      label: null,
      title: (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
    }));
    return { text: a.textContent ?? '', title: a.title ?? '', byline: a.byline ?? '', outline, meta: null };
  } finally {
    dom.window.close();
  }
}

export function attempt(fn: () => Output | string): Output | string {
  try {
    return fn();
  } catch (e) {
    return `exception: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  }
}

const EMPTY: Output = { text: '', title: '', byline: '', outline: [], meta: null };

export function evaluateCase(c: CorpusCase): CaseResult {
  const t0 = performance.now();
  const res: CaseResult = { set: c.set, name: c.name, ms: 0 };
  try {
    const html = readFileSync(c.sourcePath, 'utf8'); // corpus pages are UTF-8 bytes whatever they declare
    const url = caseUrl(c);
    const o = attempt(() => runOurs(html, url));
    const b = attempt(() => runBaseline(html, url));
    if (typeof o === 'string') res.error = o;
    if (typeof b === 'string') res.baseError = b;
    const ours = typeof o === 'string' ? EMPTY : o;
    const base = typeof b === 'string' ? EMPTY : b;
    const tt = textTruth(c);
    if (tt) res.text = { gtKind: tt.kind, ours: textF1(ours.text, tt.text), base: textF1(base.text, tt.text) };
    const gold = outlineTruth(c);
    if (gold) res.outline = { ours: scoreOutline(gold, ours.outline), base: scoreOutline(gold, base.outline), gold, pred: ours.outline };
    const mt = metaTruth(c);
    if (mt) {
      const baseTitle = typeof b !== 'string' && scoreMeta({ title: base.title }, mt).title;
      res.meta = { ours: scoreMeta(ours.meta, mt), baseTitle, pred: ours.meta, gold: mt };
    }
  } catch (e) {
    res.error = `exception: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`; // ground-truth read failures
  }
  res.ms = performance.now() - t0;
  return res;
}
