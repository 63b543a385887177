/** The own-corpus part of `npm run eval`: score, print now beside first look, record first looks when asked. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { corpusCases, type CorpusCase } from './corpus';
import { agreement, evaluateOwnCase, OWN_FIELDS, type OwnResult } from './eval-own';
import {
  appendFirstLook,
  caseFigures,
  printOwnFigures,
  readFirstLook,
  summarizeFigures,
  type CaseFigures,
  type OwnFigures,
} from './eval-own-report';
import type { SummaryRow } from './eval-summary';
import { fmt } from './stats';

export const OWN_TARGETS = { outlineF1: 0.95, parentAcc: 0.95, title: 0.97, byline: 0.9, field: 0.95 } as const;

export interface OwnOptions {
  set?: string;
  case?: string;
  verbose?: boolean;
  /** record first-look figures for pages that have none yet */
  firstLook?: boolean;
}

/** The commit a first look is stamped with. */
export function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function printCase(r: OwnResult): void {
  const wrong = OWN_FIELDS.filter((f) => r.fields[f] && !r.fields[f]!.ok);
  const o = r.outline ? ` outline F1 ${fmt(r.outline.f1, 3)} parent ${fmt(r.outline.parentAccuracy, 3)}` : '';
  if (!wrong.length && (!r.outline || r.outline.f1 >= 0.999)) return;
  console.log(`  ${r.set}/${r.name}${r.error ? ` (${r.error})` : ''}${o}`);
  for (const f of wrong)
    console.log(`    ${f.padEnd(13)} ours ${JSON.stringify(r.fields[f]!.pred)}  gold ${JSON.stringify(r.fields[f]!.gold)}`);
}

export function runOwnCorpus(dir: string, opts: OwnOptions): { rows: SummaryRow[]; results: OwnResult[] } {
  const cases: CorpusCase[] = corpusCases(dir)
    .filter((c) => !opts.set || c.set === opts.set)
    .filter((c) => !opts.case || c.name === opts.case || `${c.set}/${c.name}` === opts.case);
  if (!cases.length) return { rows: [], results: [] };
  const firstLookPath = join(dir, 'first-look.jsonl');
  const recorded = readFirstLook(firstLookPath);
  const seen = new Set(recorded.map((r) => r.key));
  const results = cases.map(evaluateOwnCase);
  const now = results.map(caseFigures);
  if (opts.firstLook) {
    const fresh: CaseFigures[] = now
      .filter((r) => !seen.has(r.key))
      .map((r) => ({ ...r, at: new Date().toISOString().slice(0, 10), commit: commit() }));
    appendFirstLook(firstLookPath, fresh);
    recorded.push(...fresh);
    console.log(`\n  first look recorded for ${fresh.length} new page(s) in ${firstLookPath}`);
  }
  const keys = new Set(now.map((r) => r.key));
  const first = recorded.filter((r) => keys.has(r.key));
  console.log(
    `\n4. Own corpus (${dir}): ${cases.length} pages labelled blind; targets: outline F1 and parent ≥ 0.95, title ≥ 0.97, byline ≥ 0.90, fields ≥ 0.95`,
  );
  const sets = [...new Set(cases.map((c) => c.set))].sort();
  for (const s of sets) {
    printOwnFigures(`${s} now`, summarizeFigures(now.filter((r) => r.key.startsWith(`${s}/`))));
    const fl = first.filter((r) => r.key.startsWith(`${s}/`));
    if (fl.length) printOwnFigures(`${s} first look`, summarizeFigures(fl));
  }
  const all = summarizeFigures(now);
  printOwnFigures('all now', all);
  if (first.length) printOwnFigures(`all first look (${first.length})`, summarizeFigures(first));
  const ag = agreement(cases);
  if (ag.cases) {
    const o = ag.outline;
    const p = o.pred ? o.matched / o.pred : NaN;
    const r = o.gold ? o.matched / o.gold : NaN;
    console.log(
      `  second blind label on ${ag.cases} pages: outline F1 ${fmt((2 * p * r) / (p + r), 3)}, parent ${fmt(o.parentRight / o.matched, 3)}; fields agree ${ag.fields.agreed}/${ag.fields.total}`,
    );
  }
  if (opts.verbose) results.forEach(printCase);
  return { rows: targetRows(all), results };
}

function targetRows(f: OwnFigures): SummaryRow[] {
  const ok = (x: number, t: number) => Number.isFinite(x) && x >= t - 1e-9;
  const rows: SummaryRow[] = f.outlineDocs
    ? [
        {
          what: `own  outline F1 (${f.outlineDocs} docs)`,
          ours: f.outlineF1,
          baseline: null,
          target: `≥ ${OWN_TARGETS.outlineF1}`,
          met: ok(f.outlineF1, OWN_TARGETS.outlineF1),
        },
        {
          what: `own  parent acc (${f.outlineDocs} docs)`,
          ours: f.parentAcc,
          baseline: null,
          target: `≥ ${OWN_TARGETS.parentAcc}`,
          met: ok(f.parentAcc, OWN_TARGETS.parentAcc),
        },
      ]
    : [];
  for (const k of OWN_FIELDS) {
    if (!f.fields[k].n) continue; // no page labelled with it: nothing to claim
    const t = k === 'title' ? OWN_TARGETS.title : k === 'byline' ? OWN_TARGETS.byline : OWN_TARGETS.field;
    const x = f.fields[k];
    rows.push({
      what: `own  ${k} (${x.n})`,
      ours: x.acc,
      baseline: k === 'title' ? f.baseTitle : null,
      target: `≥ ${t}`,
      met: ok(x.acc, t),
    });
  }
  return rows;
}
