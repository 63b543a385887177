/** The closing block of `npm run eval`: each headline figure next to its target, met or not. */
import { fmt } from './stats';
import { META_FIELDS } from './eval-meta';
import { metaFigures, textSetFigures } from './eval-report';
import type { CaseResult } from './eval-run';

export const TARGETS = { outlineF1: 0.95, parentAccuracy: 0.95, meta: 0.98, zhText: 0.97 } as const;

export interface SummaryRow {
  what: string;
  ours: number;
  baseline: number | null;
  target: string;
  met: boolean;
}

const atLeast = (x: number, t: number) => Number.isFinite(x) && x >= t - 1e-9;

export function summarize(bySet: Map<string, CaseResult[]>): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const [set, cases] of bySet) {
    const t = textSetFigures(cases);
    if (!t.cases) continue;
    const zh = set.startsWith('zh-');
    const met = atLeast(t.oursMean, t.baseMean) && (!zh || atLeast(t.oursMean, TARGETS.zhText));
    const target = zh ? `≥ rdb, ≥ ${TARGETS.zhText}` : '≥ rdb';
    const gt = t.gtKind === 'machine' ? ' (machine gt)' : '';
    rows.push({ what: `text F1  ${set}${gt}`, ours: t.oursMean, baseline: t.baseMean, target, met });
  }
  for (const [set, cases] of bySet) {
    for (const r of cases) {
      if (!r.outline) continue;
      const o = r.outline.ours;
      const b = r.outline.base;
      const id = `${set}/${r.name}`;
      rows.push({
        what: `outline F1  ${id}`,
        ours: o.f1,
        baseline: b.f1,
        target: `≥ ${TARGETS.outlineF1}`,
        met: atLeast(o.f1, TARGETS.outlineF1),
      });
      const pa = o.parentAccuracy;
      rows.push({
        what: `parent acc  ${id}`,
        ours: pa,
        baseline: b.parentAccuracy,
        target: `≥ ${TARGETS.parentAccuracy}`,
        met: atLeast(pa, TARGETS.parentAccuracy),
      });
    }
  }
  const m = metaFigures([...bySet.values()].flat());
  if (m.cases) {
    for (const f of META_FIELDS) {
      const acc = m.fields[f];
      rows.push({
        what: `meta  ${f}`,
        ours: acc,
        baseline: f === 'title' ? m.baseTitle : null,
        target: `≥ ${TARGETS.meta}`,
        met: atLeast(acc, TARGETS.meta),
      });
    }
  }
  return rows;
}

export function printSummary(rows: SummaryRow[], errors: CaseResult[], seconds: number): void {
  const w = Math.max(40, ...rows.map((r) => r.what.length)) + 2;
  console.log('\nSUMMARY');
  console.log('  ' + 'figure'.padEnd(w) + 'ours'.padStart(7) + 'rdb'.padStart(7) + '  ' + 'target'.padEnd(16) + 'status');
  for (const r of rows) {
    const base = r.baseline == null ? 'n/a' : fmt(r.baseline, 3);
    console.log(
      '  ' + r.what.padEnd(w) + fmt(r.ours, 3).padStart(7) + base.padStart(7) + '  ' + r.target.padEnd(16) + (r.met ? 'met' : 'NOT MET'),
    );
  }
  const met = rows.filter((r) => r.met).length;
  console.log(`  targets met: ${met} / ${rows.length}`);
  if (errors.length) {
    console.log(`  pages our pipeline returned nothing for: ${errors.length}`);
    for (const e of errors) console.log(`    ${e.set}/${e.name}: ${e.error}`);
  }
  console.log(`  (${seconds.toFixed(1)} s; rdb = plain @mozilla/readability 0.6.0 on its own parse of the same page)`);
}
