/** Extraction: our pipeline vs plain Readability on the same corpus pages in the same run. */
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract';
import { sanitizeArticleElement } from '../../utils/sanitize';
import { sectionHeader, timed, withDom } from './bench-common';
import { benchDeepPage } from './bench-deep';
import { caseUrl, corpusCases, corpusDir } from './corpus';
import { decodeHtml } from './decode';
import { parseHtml } from './dom';
import { fmt, median } from './stats';

export function benchExtraction(): void {
  sectionHeader('extraction', 'extractArticle (sanitised) vs plain Readability parse(), per corpus page');
  benchDeepPage();
  const dir = corpusDir();
  if (!dir) {
    console.log('skipped — ../shared/corpus not found (set CLAUSEMARK_CORPUS to point at it)');
    return;
  }
  const bySet = new Map<string, { ours: number[]; plain: number[] }>();
  const cases = corpusCases(dir);
  // Warm the JIT on a few pages first, or whichever set comes first pays for compilation.
  for (const c of cases.slice(0, 12))
    withDom(decodeHtml(readFileSync(c.sourcePath)), caseUrl(c), (d) => extractArticle(d.window.document, caseUrl(c)));
  for (const c of cases) {
    const html = decodeHtml(readFileSync(c.sourcePath));
    const url = caseUrl(c);
    const a = parseHtml(html, url);
    const b = parseHtml(html, url);
    const [, plain] = timed(() => new Readability(a.window.document).parse());
    const win = b.window as unknown as Window;
    const [, ours] = timed(() => extractArticle(b.window.document, url, { sanitize: (el) => sanitizeArticleElement(el, win) }));
    a.window.close();
    b.window.close();
    const row = bySet.get(c.set) ?? { ours: [], plain: [] };
    row.plain.push(plain);
    row.ours.push(ours);
    bySet.set(c.set, row);
  }
  console.log('Extraction time per page (ms, median)');
  console.log('set'.padEnd(22), 'pages'.padStart(5), 'readability'.padStart(12), 'clausemark'.padStart(11), 'ratio'.padStart(6));
  const all = { ours: [] as number[], plain: [] as number[] };
  const row = (name: string, r: { ours: number[]; plain: number[] }) =>
    console.log(
      name.padEnd(22),
      String(r.ours.length).padStart(5),
      fmt(median(r.plain)).padStart(12),
      fmt(median(r.ours)).padStart(11),
      fmt(median(r.ours) / median(r.plain), 2).padStart(6),
    );
  for (const [set, r] of [...bySet].sort()) {
    all.ours.push(...r.ours);
    all.plain.push(...r.plain);
    row(set, r);
  }
  row('all', all);
}
