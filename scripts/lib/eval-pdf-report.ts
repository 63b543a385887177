/**
 * Prints the PDF / DOCX section of `npm run eval` — our printed fixtures beside their HTML, then the real files of
 * the own corpus on their own line — and its rows for the closing summary.
 */
import { join } from 'node:path';
import { printOwnFigures, summarizeFigures } from './eval-own-report';
import { commit } from './eval-own-run';
import type { SummaryRow } from './eval-summary';
import { pdfCases, PDF_DIR, type PdfCase } from './eval-pdf';
import { ownPdfCases, pdfCaseFigures, pdfFirstLook } from './eval-pdf-own';
import { line, ok, pool, scoreAll } from './eval-pdf-print';
import { fmt } from './stats';

const TARGET = { outline: 0.95, field: 0.95 } as const;

export interface PdfEvalOptions {
  case?: string;
  verbose?: boolean;
  /** our printed fixtures (default tests/fixtures/pdf) */
  fixturesDir?: string;
  /** the own corpus, whose set "pdf" holds real files (null: none) */
  ownDir?: string | null;
  /** record the first look of real files never scored before (tests/corpus/first-look.jsonl) */
  firstLook?: boolean;
}

const picked = (opts: PdfEvalOptions) => (c: PdfCase) => !opts.case || c.name === opts.case || `pdf/${c.name}` === opts.case;

/** Runs and prints the section; returns the summary rows (pooled outline F1, parent accuracy and fields, per road). */
export async function runPdfEval(opts: PdfEvalOptions = {}): Promise<SummaryRow[]> {
  const fixtures = pdfCases(opts.fixturesDir ?? PDF_DIR).filter(picked(opts));
  const real = opts.ownDir ? ownPdfCases(opts.ownDir).filter(picked(opts)) : [];
  if (!fixtures.length && !real.length) return [];
  const rows = fixtures.length ? await runFixtures(fixtures, !!opts.verbose) : [];
  if (real.length) rows.push(...(await runReal(real, opts.ownDir!, opts)));
  return rows;
}

/** The own corpus's real files: scored now, and at first look (recorded with --first-look). */
async function runReal(cases: PdfCase[], ownDir: string, opts: PdfEvalOptions): Promise<SummaryRow[]> {
  console.log(`\n  real PDFs (own corpus, ${join(ownDir, 'pdf')}): ${cases.length} files labelled blind`);
  const results = await scoreAll(cases, !!opts.verbose);
  const p = pool(results.map((r) => r.file));
  line('real PDFs (own corpus)', p);
  const now = results.map((r) => pdfCaseFigures(r.case, r.file));
  const stamp = opts.firstLook ? { at: new Date().toISOString().slice(0, 10), commit: commit() } : null;
  const fl = pdfFirstLook(join(ownDir, 'first-look.jsonl'), now, stamp);
  if (opts.firstLook) console.log(`  first look recorded for ${fl.fresh} new file(s) in ${join(ownDir, 'first-look.jsonl')}`);
  printOwnFigures('pdf now', summarizeFigures(now));
  if (fl.first.length) printOwnFigures(`pdf first look (${fl.first.length})`, summarizeFigures(fl.first));
  const acc = p.fields.n ? p.fields.ok / p.fields.n : NaN;
  return [
    {
      what: `pdf  real outline F1 (${p.docs} docs)`,
      ours: p.f1,
      baseline: null,
      target: `≥ ${TARGET.outline}`,
      met: ok(p.f1, TARGET.outline),
    },
    {
      what: `pdf  real parent acc (${p.docs} docs)`,
      ours: p.parent,
      baseline: null,
      target: `≥ ${TARGET.outline}`,
      met: ok(p.parent, TARGET.outline),
    },
    { what: `pdf  real fields (${p.fields.n})`, ours: acc, baseline: null, target: `≥ ${TARGET.field}`, met: ok(acc, TARGET.field) },
  ];
}

async function runFixtures(cases: PdfCase[], verbose: boolean): Promise<SummaryRow[]> {
  console.log(`\n5. PDF and DOCX (tests/fixtures/pdf): ${cases.length} files, beside the HTML they were printed from`);
  const results = await scoreAll(cases, verbose);
  const file = pool(results.map((r) => r.file));
  const html = pool(results.flatMap((r) => (r.html ? [r.html] : [])));
  line('pdf+docx', file);
  if (html.docs) line('their html', html);
  const acc = file.fields.n ? file.fields.ok / file.fields.n : NaN;
  const htmlAcc = html.fields.n ? html.fields.ok / html.fields.n : null;
  const h = (x: number | null) => (html.docs && x != null ? `; html ${fmt(x, 3)}` : '');
  return [
    {
      what: `pdf  outline F1 (${file.docs} docs${h(html.f1)})`,
      ours: file.f1,
      baseline: null,
      target: `≥ ${TARGET.outline}`,
      met: ok(file.f1, TARGET.outline),
    },
    {
      what: `pdf  parent acc (${file.docs} docs${h(html.parent)})`,
      ours: file.parent,
      baseline: null,
      target: `≥ ${TARGET.outline}`,
      met: ok(file.parent, TARGET.outline),
    },
    {
      what: `pdf  fields (${file.fields.n}${h(htmlAcc)})`,
      ours: acc,
      baseline: null,
      target: `≥ ${TARGET.field}`,
      met: ok(acc, TARGET.field),
    },
  ];
}
