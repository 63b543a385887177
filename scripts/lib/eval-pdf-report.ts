/** Prints the PDF / DOCX section of `npm run eval` and its rows for the closing summary. */
import { pooledOutline } from './eval-outline';
import { OWN_FIELDS } from './eval-own';
import type { SummaryRow } from './eval-summary';
import { evaluatePdfCase, pdfCases, type PdfResult, type Scored } from './eval-pdf';
import { fmt } from './stats';

const TARGET = { outline: 0.95, field: 0.95 } as const;

function fieldsLine(s: Scored): string {
  const fs = OWN_FIELDS.map((f) => s.fields[f]).filter((x) => !!x);
  return `fields ${fs.filter((x) => x.ok).length}/${fs.length}`;
}

function caseLine(s: Scored): string {
  if (s.error) return `error (${s.error})`;
  const o = s.outline ? `outline F1 ${fmt(s.outline.f1, 3)} parent ${fmt(s.outline.parentAccuracy, 3)}` : 'no outline label';
  return `${o}, ${fieldsLine(s)}, ${fmt(s.ms, 0)} ms`;
}

interface Pooled {
  f1: number;
  parent: number;
  docs: number;
  fields: { ok: number; n: number };
}

function pool(rows: Scored[]): Pooled {
  const scored = rows.filter((r) => r.outline);
  const o = pooledOutline(scored.map((r) => r.outline!));
  const fs = rows.flatMap((r) => OWN_FIELDS.map((f) => r.fields[f]).filter((x) => !!x));
  return { f1: o.f1, parent: o.parentAccuracy, docs: scored.length, fields: { ok: fs.filter((x) => x.ok).length, n: fs.length } };
}

function printCase(r: PdfResult, verbose: boolean): void {
  const pages = r.file.pages ? `, ${r.file.pages} p.` : '';
  console.log(`  ${r.case.name.padEnd(22)} ${r.case.kind}${pages}: ${caseLine(r.file)}`);
  if (r.html) console.log(`  ${''.padEnd(22)} html: ${caseLine(r.html)}`);
  if (!verbose) return;
  for (const [f, x] of Object.entries(r.file.fields))
    if (!x.ok) console.log(`    ${f.padEnd(13)} ours ${JSON.stringify(x.pred)}  gold ${JSON.stringify(x.gold)}`);
}

/** Runs and prints the section; returns the summary rows (pooled outline F1, parent accuracy and fields, per road). */
export async function runPdfEval(opts: { case?: string; verbose?: boolean } = {}): Promise<SummaryRow[]> {
  const cases = pdfCases().filter((c) => !opts.case || c.name === opts.case || `pdf/${c.name}` === opts.case);
  if (!cases.length) return [];
  console.log(`\n5. PDF and DOCX (tests/fixtures/pdf): ${cases.length} files, beside the HTML they were printed from`);
  const results: PdfResult[] = [];
  for (const c of cases) {
    const r = await evaluatePdfCase(c);
    results.push(r);
    printCase(r, !!opts.verbose);
  }
  const file = pool(results.map((r) => r.file));
  const html = pool(results.flatMap((r) => (r.html ? [r.html] : [])));
  const line = (what: string, p: Pooled) =>
    console.log(
      `  ${what.padEnd(10)} outline F1 ${fmt(p.f1, 3)} parent ${fmt(p.parent, 3)} (${p.docs} docs), fields ${p.fields.ok}/${p.fields.n}`,
    );
  line('pdf+docx', file);
  if (html.docs) line('their html', html);
  const ok = (x: number, t: number) => Number.isFinite(x) && x >= t - 1e-9;
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
