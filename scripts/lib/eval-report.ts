/** Tables for `npm run eval`: per-set text F1, per-case outline scores with a readable diff, metadata accuracy. */
import { fmt } from './stats';
import { META_FIELDS, normField, type MetaField } from './eval-meta';
import { describeHeading, parents, pooledOutline, type Heading, type OutlineScore } from './eval-outline';
import type { CaseResult } from './eval-run';
import { mean, pooledF1 } from './eval-text';

const f3 = (n: number) => fmt(n, 3);
const row = (cells: Array<[string, number]>) => cells.map(([s, w]) => (w < 0 ? s.padEnd(-w) : s.padStart(w))).join(' ');

export function groupBySet(results: CaseResult[]): Map<string, CaseResult[]> {
  const m = new Map<string, CaseResult[]>();
  for (const r of results) m.set(r.set, [...(m.get(r.set) ?? []), r]);
  return new Map([...m].sort(([a], [b]) => a.localeCompare(b)));
}

export function textSetFigures(rows: CaseResult[]) {
  const t = rows.flatMap((r) => (r.text ? [r.text] : []));
  return {
    cases: t.length,
    gtKind: t[0]?.gtKind ?? 'human',
    oursMean: mean(t.map((x) => x.ours.f1)),
    baseMean: mean(t.map((x) => x.base.f1)),
    oursPooled: pooledF1(t.map((x) => x.ours)),
    basePooled: pooledF1(t.map((x) => x.base)),
    failures: rows.filter((r) => r.text && r.error).length,
  };
}

export function printText(bySet: Map<string, CaseResult[]>, verbose: boolean): void {
  console.log('\n1. Text token F1 (mean over cases; pooled = micro over all tokens of the set)');
  const W: number[] = [-36, 4, -9, 8, 8, 8, 8, 8, 8, 5];
  console.log(row(['set', 'n', 'gt', 'ours F1', 'rdb F1', 'pool P', 'pool R', 'pool F1', 'rdb pool', 'fail'].map((s, i) => [s, W[i]!])));
  for (const [set, rows] of bySet) {
    const s = textSetFigures(rows);
    if (!s.cases) continue;
    const cells = [
      set,
      String(s.cases),
      s.gtKind,
      f3(s.oursMean),
      f3(s.baseMean),
      f3(s.oursPooled.precision),
      f3(s.oursPooled.recall),
      f3(s.oursPooled.f1),
      f3(s.basePooled.f1),
      String(s.failures),
    ];
    console.log(row(cells.map((c, i) => [c, W[i]!])));
    if (!verbose) continue;
    for (const r of rows) {
      if (!r.text) continue;
      const o = r.text.ours;
      const note = [r.error && `ours: ${r.error}`, r.baseError && `rdb: ${r.baseError}`].filter(Boolean).join('; ');
      const cells = [`  ${r.name}`, '', `${o.gold}t`, f3(o.f1), f3(r.text.base.f1), f3(o.precision), f3(o.recall), '', '', note];
      console.log(row(cells.map((c, i) => [c, i === 9 ? 0 : W[i]!])));
    }
  }
}

export function printOutline(bySet: Map<string, CaseResult[]>, verbose: boolean): void {
  const labelled = [...bySet.values()].flat().filter((r) => r.outline);
  if (!labelled.length) return;
  console.log('\n2. Outline (LCS alignment: label equal, first ≤6 title chars equal; parent/level accuracy over matched entries)');
  const W = [-44, 5, 5, 5, 6, 6, 6, 7, 6, 7, 7];
  console.log(row(['case', 'gold', 'pred', 'match', 'P', 'R', 'F1', 'parent', 'level', 'rdb F1', 'rdb par'].map((s, i) => [s, W[i]!])));
  const line = (name: string, o: ReturnType<typeof pooledOutline>, b: ReturnType<typeof pooledOutline>) =>
    console.log(
      row(
        [
          name,
          String(o.gold),
          String(o.pred),
          String(o.matched),
          f3(o.precision),
          f3(o.recall),
          f3(o.f1),
          f3(o.parentAccuracy),
          f3(o.levelAccuracy),
          f3(b.f1),
          f3(b.parentAccuracy),
        ].map((s, i) => [s, W[i]!]),
      ),
    );
  for (const [set, rows] of bySet) {
    const lab = rows.filter((r) => r.outline);
    if (!lab.length) continue;
    for (const r of lab) line(`${set}/${r.name}${r.error ? ' !' : ''}`, r.outline!.ours, r.outline!.base);
    if (lab.length > 1)
      line(`  ${set} (pooled)`, pooledOutline(lab.map((r) => r.outline!.ours)), pooledOutline(lab.map((r) => r.outline!.base)));
  }
  for (const r of labelled.filter((x) => x.error)) console.log(`  ! ${r.set}/${r.name}: ${r.error}`);
  if (verbose) for (const r of labelled) printOutlineDiff(`${r.set}/${r.name}`, r.outline!.gold, r.outline!.pred, r.outline!.ours);
}

const MAX_DIFF_LINES = 250;

/**
 * A diff in document order: "-" gold entry we missed, "+" entry we invented, "~" matched but at the wrong
 * level or under the wrong parent; runs of correct matches are collapsed to one "=" line.
 */
export function printOutlineDiff(name: string, gold: Heading[], pred: Heading[], s: OutlineScore): void {
  console.log(`\n  ${name}: missed ${s.unmatchedGold.length} (-), extra ${s.unmatchedPred.length} (+), misplaced ~`);
  const out: string[] = [];
  const gp = parents(gold);
  const pp = parents(pred);
  const wrongParent = new Set(s.wrongParent);
  let ok = 0;
  const flushOk = () => {
    if (ok) out.push(`    = ${ok} matched`);
    ok = 0;
  };
  let gi = 0;
  let pi = 0;
  const ref = (list: Heading[], i: number) => (i < 0 ? '(top)' : `#${i} ${list[i]!.label ?? list[i]!.title.slice(0, 8)}`);
  for (const [g, p] of [...s.pairs, [gold.length, pred.length] as [number, number]]) {
    if (gi < g || pi < p) flushOk();
    for (; gi < g; gi++) out.push(`    - ${describeHeading(gold[gi]!, gi)}`);
    for (; pi < p; pi++) out.push(`    + ${describeHeading(pred[pi]!, pi)}`);
    if (g >= gold.length) break;
    const badLevel = gold[g]!.level !== pred[p]!.level;
    if (badLevel || wrongParent.has(g)) {
      flushOk();
      const why = [
        badLevel && `pred L${pred[p]!.level}`,
        wrongParent.has(g) && `parent gold ${ref(gold, gp[g]!)} / pred ${ref(pred, pp[p]!)}`,
      ];
      out.push(`    ~ ${describeHeading(gold[g]!, g)}   ← ${why.filter(Boolean).join(', ')}`);
    } else ok++;
    gi = g + 1;
    pi = p + 1;
  }
  flushOk();
  for (const l of out.slice(0, MAX_DIFF_LINES)) console.log(l);
  if (out.length > MAX_DIFF_LINES) console.log(`    … ${out.length - MAX_DIFF_LINES} more lines (use --json for all)`);
}

export function metaFigures(rows: CaseResult[]) {
  const m = rows.flatMap((r) => (r.meta ? [r.meta] : []));
  const acc = (f: MetaField) => (m.length ? m.filter((x) => x.ours[f]).length / m.length : NaN);
  return {
    cases: m.length,
    fields: Object.fromEntries(META_FIELDS.map((f) => [f, acc(f)])) as Record<MetaField, number>,
    baseTitle: m.length ? m.filter((x) => x.baseTitle).length / m.length : NaN,
  };
}

export function printMeta(rows: CaseResult[], verbose: boolean): void {
  const m = metaFigures(rows);
  if (!m.cases) return;
  console.log(`\n3. Metadata field accuracy on zh-govcn-policy (${m.cases} cases; whitespace removed, dates as YYYY-MM-DD)`);
  console.log(
    row([
      ['field', -14],
      ['ours', 7],
      ['rdb', 7],
    ]),
  );
  for (const f of META_FIELDS)
    console.log(
      row([
        [f, -14],
        [f3(m.fields[f]), 7],
        [f === 'title' ? f3(m.baseTitle) : 'n/a', 7],
      ]),
    );
  if (!verbose) return;
  for (const r of rows) {
    if (!r.meta) continue;
    const bad = META_FIELDS.filter((f) => !r.meta!.ours[f]);
    if (!bad.length) continue;
    console.log(`  ${r.name}${r.error ? ` (${r.error})` : ''}`);
    // A page where we found nothing at all needs one line, not six.
    const empty = bad.filter((f) => !normField(f, r.meta!.pred?.[f]));
    if (empty.length > 1) console.log(`    (ours empty) ${empty.join(', ')}`);
    for (const f of empty.length > 1 ? bad.filter((f) => !empty.includes(f)) : bad)
      console.log(
        `    ${f.padEnd(13)} ours ${JSON.stringify(normField(f, r.meta.pred?.[f]))}  gold ${JSON.stringify(normField(f, r.meta.gold[f]))}`,
      );
  }
}
