/**
 * The PDF / DOCX part of `npm run eval`: the files in tests/fixtures/pdf/<case>/ (source.pdf or source.docx, and
 * for our printed fixtures the source.html they were printed from), scored against the case's outline.json and
 * ground-truth.json like the own corpus — and the HTML twin beside them, so a figure shows what the PDF road loses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ExtractedPage } from '../../utils/model';
import type { Result } from '../../utils/result';
import { readJson } from './corpus';
import { extractFromHtml } from './dom';
import { metaFromPage } from './eval-meta';
import { scoreOutline, type Heading, type OutlineScore } from './eval-outline';
import { fieldAgrees, OWN_FIELDS, type OwnField } from './eval-own';
import { extractDocxFile, extractPdfFile } from './pdf-node';

export const PDF_DIR = join(import.meta.dirname, '../../tests/fixtures/pdf');

export interface PdfCase {
  name: string;
  dir: string;
  kind: 'pdf' | 'docx';
  file: string;
  /** the HTML our PDF was printed from, if it is one of ours */
  html: string | null;
  url: string;
}

export function pdfCases(dir = PDF_DIR): PdfCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const d = join(dir, name);
      const kind = existsSync(join(d, 'source.pdf')) ? 'pdf' : existsSync(join(d, 'source.docx')) ? 'docx' : null;
      if (!kind) return [];
      const gt = readJson<{ url?: string }>(join(d, 'ground-truth.json'));
      const html = existsSync(join(d, 'source.html')) ? join(d, 'source.html') : null;
      return [{ name, dir: d, kind, file: join(d, `source.${kind}`), html, url: gt?.url ?? `https://example.org/${name}.${kind}` }];
    });
}

export interface Scored {
  error?: string;
  outline?: OutlineScore;
  /** the gold and predicted headings, for the --verbose diff */
  headings?: { gold: Heading[]; pred: Heading[] };
  fields: Partial<Record<OwnField, { ok: boolean; pred: string; gold: string }>>;
  ms: number;
  pages?: number;
}

export interface PdfResult {
  case: PdfCase;
  file: Scored;
  /** the same document as HTML, when the case has it */
  html: Scored | null;
}

function score(c: PdfCase, page: ExtractedPage | string, ms: number): Scored {
  const gold = readJson<{ headings: Heading[] }>(join(c.dir, 'outline.json'))?.headings;
  const labels = readJson<Record<string, string>>(join(c.dir, 'ground-truth.json')) ?? {};
  const s: Scored = { fields: {}, ms };
  if (typeof page === 'string') s.error = page;
  else s.pages = page.pageCount;
  if (gold) {
    const pred = typeof page === 'string' ? [] : page.outline;
    s.outline = scoreOutline(gold, pred);
    s.headings = { gold, pred };
  }
  const m = typeof page === 'string' ? null : metaFromPage(page.title, page.policy);
  for (const f of OWN_FIELDS) {
    const g = labels[f];
    if (typeof g !== 'string') continue;
    const pred = f === 'byline' ? (typeof page === 'string' ? '' : page.byline) : ((m?.[f] as string | undefined) ?? '');
    s.fields[f] = { ok: fieldAgrees(f, pred, g), pred, gold: g };
  }
  return s;
}

const pageOf = (r: Result<ExtractedPage>) => (r.ok ? r.value : `${r.error.code}: ${r.error.message}`);

export async function evaluatePdfCase(c: PdfCase): Promise<PdfResult> {
  const bytes = new Uint8Array(readFileSync(c.file));
  const t0 = performance.now();
  const r = c.kind === 'pdf' ? await extractPdfFile(bytes, c.url) : await extractDocxFile(bytes, c.url);
  const file = score(c, pageOf(r), performance.now() - t0);
  let html: Scored | null = null;
  if (c.html) {
    const t1 = performance.now();
    const h = extractFromHtml(readFileSync(c.html, 'utf8'), c.url.replace(/\.(pdf|docx)$/, '.html'));
    html = score(c, h.ok ? h.page : `${h.code}: ${h.message}`, performance.now() - t1);
  }
  return { case: c, file, html };
}
