/**
 * npm run eval [-- --set NAME] [--case NAME] [--verbose] [--json FILE] [--first-look]
 * Scores our pipeline against ../shared/corpus, with plain Readability in the same tables:
 * text token F1 per set, outline alignment on the labelled cases, gov.cn metadata fields; then our own corpus
 * (tests/corpus: outline, title, byline and policy fields, now and at first look); then the PDF and DOCX files of
 * tests/fixtures/pdf beside the HTML they were printed from, and the real ones of tests/corpus/pdf (set "pdf").
 * --first-look records the figures of own-corpus pages and files never scored before (run it once when pages are
 * added, before looking at them).
 * Scoring lives in scripts/lib/eval-*.ts (pure, unit-tested); this file only runs and prints.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { corpusCases, corpusDir, ownCorpusDir, unreadRefs } from './lib/corpus';
import { runOwnCorpus } from './lib/eval-own-run';
import { runPdfEval } from './lib/eval-pdf-report';
import { describeHeading } from './lib/eval-outline';
import { groupBySet, metaFigures, printMeta, printOutline, printText, textSetFigures } from './lib/eval-report';
import { evaluateCase, type CaseResult } from './lib/eval-run';
import { isScorable } from './lib/eval-truth';
import { printSummary, summarize } from './lib/eval-summary';

const USAGE = 'usage: npm run eval -- [--set NAME] [--case NAME|SET/NAME] [--verbose] [--json FILE] [--first-look]';

function options() {
  try {
    return parseArgs({
      options: {
        set: { type: 'string' },
        case: { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
        json: { type: 'string' },
        'first-look': { type: 'boolean' },
      },
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

function runShared(dir: string, opts: ReturnType<typeof options>): CaseResult[] {
  const cases = corpusCases(dir)
    .filter((c) => !opts.set || c.set === opts.set)
    .filter((c) => !opts.case || c.name === opts.case || `${c.set}/${c.name}` === opts.case)
    .filter(isScorable);
  const results: CaseResult[] = [];
  for (const [i, c] of cases.entries()) {
    if (process.stderr.isTTY) process.stderr.write(`\r  ${i + 1}/${cases.length} ${c.set}/${c.name}`.padEnd(70));
    results.push(evaluateCase(c));
  }
  if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(71) + '\r');
  if (!results.length) return results;
  const bySet = groupBySet(results);
  console.log(`Clausemark eval — ${cases.length} cases from ${dir}`);
  printText(bySet, !!opts.verbose);
  printOutline(bySet, !!opts.verbose);
  printMeta(results, !!opts.verbose);
  return results;
}

async function main(): Promise<void> {
  const opts = options();
  const t0 = performance.now();
  const dir = corpusDir();
  const own = ownCorpusDir();
  if (!dir) console.log('eval: ../shared/corpus not found (set CLAUSEMARK_CORPUS to point at it); its sets are skipped');
  if (!own) console.log('eval: tests/corpus not found; the own corpus is skipped');
  const unread = own ? unreadRefs(own) : 0;
  if (unread) console.log(`eval: ${unread} own-corpus pages are pages of ../shared/corpus (source.ref) and are skipped without it`);
  const results = dir ? runShared(dir, opts) : [];
  const ownRun = own
    ? runOwnCorpus(own, { set: opts.set, case: opts.case, verbose: opts.verbose, firstLook: opts['first-look'] })
    : { rows: [], results: [] };
  // The PDF/DOCX fixtures and the own corpus's real files are their own set, "pdf": run with the rest, or alone
  // with --set pdf; --first-look records the real files' first scores too.
  const pdfRows =
    !opts.set || opts.set === 'pdf'
      ? await runPdfEval({ case: opts.case, verbose: opts.verbose, ownDir: own, firstLook: opts['first-look'] })
      : [];
  if (!results.length && !ownRun.results.length && !pdfRows.length) {
    if (!dir && !own) return; // nothing to evaluate on this machine: a skip, not a failure
    console.log(`eval: no scorable cases for ${opts.set ?? ''} ${opts.case ?? ''}`.trim());
    console.log(USAGE);
    process.exitCode = 1;
    return;
  }
  const seconds = (performance.now() - t0) / 1000;
  const bySet = groupBySet(results);
  printSummary(
    [...summarize(bySet), ...ownRun.rows, ...pdfRows],
    results.filter((r) => r.error),
    seconds,
  );
  if (opts.json) {
    const json = {
      ...(dir ? toJson(dir, opts, results, bySet, seconds) : {}),
      own: { dir: own, rows: ownRun.rows, cases: ownRun.results },
    };
    writeFileSync(opts.json, JSON.stringify(json, null, 1));
    console.log(`  figures written to ${opts.json}`);
  }
}

await main();
