/**
 * Figures for our own corpus, now and at first look. A first-look record is a page's score the first time the
 * pipeline ever ran on it (before anyone looked at the output): the honest estimate of the next page a user opens.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { fmt } from './stats';
import { OWN_FIELDS, type OwnField, type OwnResult } from './eval-own';

/** One page's figures, as kept in tests/corpus/first-look.jsonl (one JSON object a line). */
export interface CaseFigures {
  key: string;
  at?: string;
  commit?: string;
  outlineF1?: number;
  parentAcc?: number;
  /** 1 right, 0 wrong, per labelled field; `shown` lists the fields the page shows (label not "") */
  fields: Partial<Record<OwnField, 0 | 1>>;
  shown: OwnField[];
  baseTitle?: 0 | 1;
}

export function caseFigures(r: OwnResult): CaseFigures {
  const fields: CaseFigures['fields'] = {};
  const shown: OwnField[] = [];
  for (const f of OWN_FIELDS) {
    const x = r.fields[f];
    if (!x) continue;
    fields[f] = x.ok ? 1 : 0;
    if (x.shown) shown.push(f);
  }
  return {
    key: `${r.set}/${r.name}`,
    ...(r.outline ? { outlineF1: r.outline.f1, parentAcc: r.outline.parentAccuracy } : {}),
    fields,
    shown,
    ...(r.baseTitle === undefined ? {} : { baseTitle: r.baseTitle ? 1 : 0 }),
  };
}

export interface OwnFigures {
  pages: number;
  outlineDocs: number;
  outlineF1: number;
  parentAcc: number;
  /** accuracy per field over the pages labelled with it; byline only where the page shows one */
  fields: Record<OwnField, { acc: number; n: number }>;
  baseTitle: number;
}

const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

export function summarizeFigures(rows: CaseFigures[]): OwnFigures {
  const withOutline = rows.filter((r) => r.outlineF1 !== undefined);
  const fields = {} as OwnFigures['fields'];
  for (const f of OWN_FIELDS) {
    const xs = rows.filter((r) => r.fields[f] !== undefined && (f !== 'byline' || r.shown.includes(f))).map((r) => r.fields[f]!);
    fields[f] = { acc: avg(xs), n: xs.length };
  }
  return {
    pages: rows.length,
    outlineDocs: withOutline.length,
    outlineF1: avg(withOutline.map((r) => r.outlineF1!)),
    // a document with no heading matched has no parent figure of its own: it counts as 0, not as missing
    parentAcc: avg(withOutline.map((r) => (Number.isFinite(r.parentAcc) ? r.parentAcc! : 0))),
    fields,
    baseTitle: avg(rows.filter((r) => r.baseTitle !== undefined).map((r) => r.baseTitle!)),
  };
}

export function readFirstLook(path: string): CaseFigures[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CaseFigures);
}

export function appendFirstLook(path: string, rows: CaseFigures[]): void {
  if (rows.length) appendFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

const f3 = (n: number) => fmt(n, 3);

export function printOwnFigures(label: string, f: OwnFigures): void {
  const fields = OWN_FIELDS.map((k) => `${k} ${f3(f.fields[k].acc)} (${f.fields[k].n})`).join('  ');
  console.log(
    `  ${label.padEnd(26)} pages ${f.pages}  outline F1 ${f3(f.outlineF1)} / parent ${f3(f.parentAcc)} (${f.outlineDocs} docs)  title rdb ${f3(f.baseTitle)}`,
  );
  console.log(`  ${''.padEnd(26)} ${fields}`);
}
