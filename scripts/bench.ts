/**
 * npm run bench — timings, printed as figures (never asserted in unit tests).
 * Extraction: our pipeline vs plain Readability on the same corpus pages in the same run (jsdom, parse excluded).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../utils/extract';
import { sanitizeArticleElement } from '../utils/sanitize';
import { caseUrl, corpusCases, corpusDir } from './lib/corpus';
import { decodeHtml } from './lib/decode';
import { parseHtml } from './lib/dom';
import { fmt, median } from './lib/stats';

function benchExtraction(): void {
  const dir = corpusDir();
  if (!dir) {
    console.log('extraction: skipped — ../shared/corpus not found (set CLAUSEMARK_CORPUS to point at it)');
    return;
  }
  const bySet = new Map<string, { ours: number[]; plain: number[] }>();
  const cases = corpusCases(dir);
  // Warm the JIT on a few pages first, or whichever set comes first pays for compilation.
  for (const c of cases.slice(0, 12)) extractArticle(parseHtml(decodeHtml(readFileSync(c.sourcePath)), caseUrl(c)).window.document, caseUrl(c));
  for (const c of cases) {
    const html = decodeHtml(readFileSync(c.sourcePath));
    const url = caseUrl(c);
    const a = parseHtml(html, url);
    const b = parseHtml(html, url);
    const t0 = performance.now();
    new Readability(a.window.document).parse();
    const t1 = performance.now();
    const win = b.window as unknown as Window;
    extractArticle(b.window.document, url, { sanitize: (el) => sanitizeArticleElement(el, win) });
    const t2 = performance.now();
    a.window.close();
    b.window.close();
    const row = bySet.get(c.set) ?? { ours: [], plain: [] };
    row.plain.push(t1 - t0);
    row.ours.push(t2 - t1);
    bySet.set(c.set, row);
  }
  console.log('\nExtraction time per page (ms, median; jsdom; page parse excluded)');
  console.log('set'.padEnd(22), 'pages'.padStart(5), 'readability'.padStart(12), 'clausemark'.padStart(11), 'ratio'.padStart(6));
  const all = { ours: [] as number[], plain: [] as number[] };
  for (const [set, r] of [...bySet].sort()) {
    all.ours.push(...r.ours);
    all.plain.push(...r.plain);
    console.log(set.padEnd(22), String(r.ours.length).padStart(5), fmt(median(r.plain)).padStart(12), fmt(median(r.ours)).padStart(11), fmt(median(r.ours) / median(r.plain), 2).padStart(6));
  }
  console.log('all'.padEnd(22), String(all.ours.length).padStart(5), fmt(median(all.plain)).padStart(12), fmt(median(all.ours)).padStart(11), fmt(median(all.ours) / median(all.plain), 2).padStart(6));
}

benchExtraction();
