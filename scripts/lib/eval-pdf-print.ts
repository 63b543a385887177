/** The PDF / DOCX eval's per-file lines and pooled figures (./eval-pdf-report.ts prints the section with them). */
import { pooledOutline } from './eval-outline';
import { OWN_FIELDS } from './eval-own';
import { printOutlineDiff } from './eval-report';
import { evaluatePdfCase, type PdfCase, type PdfResult, type Scored } from './eval-pdf';
import { fmt } from './stats';

function fieldsLine(s: Scored): string {
  const fs = OWN_FIELDS.map((f) => s.fields[f]).filter((x) => !!x);
  return `fields ${fs.filter((x) => x.ok).length}/${fs.length}`;
}

function caseLine(s: Scored): string {
  if (s.error) return `error (${s.error})`;
  const o = s.outline ? `outline F1 ${fmt(s.outline.f1, 3)} parent ${fmt(s.outline.parentAccuracy, 3)}` : 'no outline label';
  return `${o}, ${fieldsLine(s)}, ${fmt(s.ms, 0)} ms`;
}

export interface Pooled {
  f1: number;
  parent: number;
  docs: number;
  fields: { ok: number; n: number };
}

export function pool(rows: Scored[]): Pooled {
  const scored = rows.filter((r) => r.outline);
  const o = pooledOutline(scored.map((r) => r.outline!));
  const fs = rows.flatMap((r) => OWN_FIELDS.map((f) => r.fields[f]).filter((x) => !!x));
  return { f1: o.f1, parent: o.parentAccuracy, docs: scored.length, fields: { ok: fs.filter((x) => x.ok).length, n: fs.length } };
}

export function printCase(r: PdfResult, verbose: boolean): void {
  const pages = r.file.pages ? `, ${r.file.pages} p.` : '';
  console.log(`  ${r.case.name.padEnd(22)} ${r.case.kind}${pages}: ${caseLine(r.file)}`);
  if (r.html) console.log(`  ${''.padEnd(22)} html: ${caseLine(r.html)}`);
  if (!verbose) return;
  for (const [f, x] of Object.entries(r.file.fields))
    if (!x.ok) console.log(`    ${f.padEnd(13)} ours ${JSON.stringify(x.pred)}  gold ${JSON.stringify(x.gold)}`);
  const h = r.file.headings;
  if (h && r.file.outline) printOutlineDiff(r.case.name, h.gold, h.pred, r.file.outline);
}

export async function scoreAll(cases: PdfCase[], verbose: boolean): Promise<PdfResult[]> {
  const results: PdfResult[] = [];
  for (const c of cases) {
    const r = await evaluatePdfCase(c);
    results.push(r);
    printCase(r, verbose);
  }
  return results;
}

export const ok = (x: number, t: number) => Number.isFinite(x) && x >= t - 1e-9;
export const line = (what: string, p: Pooled) =>
  console.log(
    `  ${what.padEnd(10)} outline F1 ${fmt(p.f1, 3)} parent ${fmt(p.parent, 3)} (${p.docs} docs), fields ${p.fields.ok}/${p.fields.n}`,
  );
