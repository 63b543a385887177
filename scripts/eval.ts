/**
 * npm run eval [-- --set NAME] [--case NAME] [--verbose] [--json FILE]
 * Scores our pipeline against ../shared/corpus, with plain Readability in the same tables:
 * text token F1 per set, outline alignment on the labelled cases, gov.cn metadata fields.
 * Scoring lives in scripts/lib/eval-*.ts (pure, unit-tested); this file only runs and prints.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { corpusCases, corpusDir } from './lib/corpus';
import { describeHeading } from './lib/eval-outline';
import { groupBySet, metaFigures, printMeta, printOutline, printText, textSetFigures } from './lib/eval-report';
import { evaluateCase, type CaseResult } from './lib/eval-run';
import { isScorable } from './lib/eval-truth';
import { printSummary, summarize } from './lib/eval-summary';

const USAGE = 'usage: npm run eval -- [--set NAME] [--case NAME|SET/NAME] [--verbose] [--json FILE]';

function options() {
  try {
    return parseArgs({
      options: { set: { type: 'string' }, case: { type: 'string' }, verbose: { type: 'boolean', short: 'v' }, json: { type: 'string' } },
    }).values;
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    process.exit(2);
  }
}

/** The JSON file carries every figure; gold/pred lists are reduced to the unmatched entries to stay readable. */
function toJson(dir: string, opts: object, results: CaseResult[], bySet: Map<string, CaseResult[]>, seconds: number) {
  const cases = results.map(({ outline, ...r }) => {
    if (!outline) return r;
    const { pairs: _pairs, unmatchedGold, unmatchedPred, ...ours } = outline.ours;
    const { pairs: _b, unmatchedGold: _bg, unmatchedPred: _bp, wrongParent: _bw, ...base } = outline.base;
    const missed = unmatchedGold.map((i) => describeHeading(outline.gold[i]!, i));
    const extra = unmatchedPred.map((i) => describeHeading(outline.pred[i]!, i));
    return { ...r, outline: { ours, base, missed, extra } };
  });
  const sets = Object.fromEntries([...bySet].map(([s, rows]) => [s, { text: textSetFigures(rows), meta: metaFigures(rows) }]));
  return { corpus: dir, options: opts, seconds, sets, summary: summarize(bySet), cases };
}

function main(): void {
  const opts = options();
  const dir = corpusDir();
  if (!dir) {
    console.log('eval: skipped — ../shared/corpus not found (set CLAUSEMARK_CORPUS to point at it)');
    return;
  }
  const wanted = corpusCases(dir)
    .filter((c) => !opts.set || c.set === opts.set)
    .filter((c) => !opts.case || c.name === opts.case || `${c.set}/${c.name}` === opts.case);
  const cases = wanted.filter(isScorable);
  if (!cases.length) {
    console.log(`eval: no scorable cases${wanted.length ? ` (${wanted.length} matched, none has ground truth)` : ''} for ${opts.set ?? ''} ${opts.case ?? ''}`.trim());
    console.log(USAGE);
    process.exitCode = 1;
    return;
  }
  const t0 = performance.now();
  const results: CaseResult[] = [];
  for (const [i, c] of cases.entries()) {
    if (process.stderr.isTTY) process.stderr.write(`\r  ${i + 1}/${cases.length} ${c.set}/${c.name}`.padEnd(70));
    results.push(evaluateCase(c));
  }
  if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(71) + '\r');
  const seconds = (performance.now() - t0) / 1000;
  const bySet = groupBySet(results);
  console.log(`Clausemark eval — ${cases.length} cases from ${dir}`);
  printText(bySet, !!opts.verbose);
  printOutline(bySet, !!opts.verbose);
  printMeta(results, !!opts.verbose);
  printSummary(summarize(bySet), results.filter((r) => r.error), seconds);
  if (opts.json) {
    writeFileSync(opts.json, JSON.stringify(toJson(dir, opts, results, bySet, seconds), null, 1));
    console.log(`  figures written to ${opts.json}`);
  }
}

main();
