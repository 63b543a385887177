/** Outline building per corpus page, against Readability's own parse() on the same page. */
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { buildOutline } from '../../utils/outline';
import { extractWithArticle, sectionHeader, timed, withDom } from './bench-common';
import { caseUrl, corpusCases, corpusDir, type CorpusCase } from './corpus';
import { decodeHtml } from './decode';
import { fmt, median } from './stats';

/** buildOutline is a few ms at most on most pages: the median of a few runs per page steadies it. */
const RUNS_PER_PAGE = 3;

interface Row {
  outline: number[];
  plain: number[];
  entries: number[];
  noArticle: number;
}

function measure(c: CorpusCase): { outline: number; plain: number; entries: number } | null {
  const html = decodeHtml(readFileSync(c.sourcePath));
  const url = caseUrl(c);
  const [, plain] = withDom(html, url, (d) => timed(() => new Readability(d.window.document).parse()));
  return withDom(html, url, (d) => {
    const { outcome, article } = extractWithArticle(d.window.document, url);
    if (!outcome.ok || !article) return null;
    const times: number[] = [];
    let entries = 0;
    for (let i = 0; i < RUNS_PER_PAGE; i++) {
      // A fresh copy each run: buildOutline adds ids, and a second pass over its own anchors is not the clip path.
      const copy = article.cloneNode(true) as Element;
      const [got, t] = timed(() => buildOutline(copy, { docTitle: outcome.page.title }));
      times.push(t);
      entries = got.length;
    }
    return { outline: median(times), plain, entries };
  });
}

export function benchOutline(): void {
  sectionHeader(
    'outline',
    `buildOutline on our extracted article (median of ${RUNS_PER_PAGE} runs per page) vs plain Readability parse(), per corpus page`,
  );
  const dir = corpusDir();
  if (!dir) {
    console.log('skipped — ../shared/corpus not found (set CLAUSEMARK_CORPUS to point at it)');
    return;
  }
  const cases = corpusCases(dir);
  for (const c of cases.slice(0, 12)) measure(c); // JIT warm-up, figures dropped
  const bySet = new Map<string, Row>();
  for (const c of cases) {
    const row = bySet.get(c.set) ?? { outline: [], plain: [], entries: [], noArticle: 0 };
    bySet.set(c.set, row);
    const m = measure(c);
    if (!m) {
      row.noArticle++;
      continue;
    }
    row.outline.push(m.outline);
    row.plain.push(m.plain);
    row.entries.push(m.entries);
  }
  console.log('Outline time per page (ms, median; pages where no article was found are left out)');
  console.log(
    'set'.padEnd(22),
    'pages'.padStart(5),
    'entries'.padStart(8),
    'readability'.padStart(12),
    'outline'.padStart(8),
    'ratio'.padStart(6),
    'max'.padStart(7),
  );
  const all: Row = { outline: [], plain: [], entries: [], noArticle: 0 };
  const line = (name: string, r: Row) => {
    // Ratio per page, then its median: a page's outline cost against that same page's Readability cost.
    const ratios = r.outline.map((o, i) => o / r.plain[i]!);
    const skipped = r.noArticle ? ` (${r.noArticle} without article)` : '';
    console.log(
      name.padEnd(22),
      String(r.outline.length).padStart(5),
      fmt(median(r.entries), 0).padStart(8),
      fmt(median(r.plain)).padStart(12),
      fmt(median(r.outline), 2).padStart(8),
      fmt(median(ratios), 3).padStart(6),
      fmt(Math.max(...r.outline)).padStart(7) + skipped,
    );
  };
  for (const [set, r] of [...bySet].sort()) {
    for (const k of ['outline', 'plain', 'entries'] as const) all[k].push(...r[k]);
    all.noArticle += r.noArticle;
    line(set, r);
  }
  line('all', all);
}
