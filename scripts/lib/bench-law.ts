/** Outline building on a generated very large law (编 > 章 > 节 > 条, ~1,300 articles), against Readability. */
import { isDeepStrictEqual } from 'node:util';
import { Readability } from '@mozilla/readability';
import { buildOutline } from '../../utils/outline';
import { extractArticle } from '../../utils/extract';
import { sanitizeArticleElement } from '../../utils/sanitize';
import type { OutlineEntry } from '../../utils/types';
import { extractWithArticle, sectionHeader, timed, withDom } from './bench-common';
import { generateLaw, type GeneratedLaw } from './gen-law';
import { fmt, median } from './stats';

const RUNS = 7;

export function benchLaw(): void {
  const law = generateLaw();
  sectionHeader('law', `buildOutline, extractArticle and Readability on a generated law, median of ${RUNS} runs, each on a fresh parse`);
  const elements = withDom(law.html, law.url, (d) => d.window.document.getElementsByTagName('*').length);
  const plain: number[] = [];
  const pipeline: number[] = [];
  const outline: number[] = [];
  let entries: OutlineEntry[] = [];
  let sameAsPipeline = true;
  let rerun = '';
  // One extra first round warms the JIT; its figures are dropped.
  for (let run = 0; run <= RUNS; run++) {
    const [, tPlain] = withDom(law.html, law.url, (d) => timed(() => new Readability(d.window.document).parse()));
    const [, tPipe] = withDom(law.html, law.url, (d) => {
      const win = d.window as unknown as Window;
      return timed(() => extractArticle(d.window.document, law.url, { sanitize: (el) => sanitizeArticleElement(el, win) }));
    });
    const [got, tOutline] = withDom(law.html, law.url, (d) => {
      const { outcome, article } = extractWithArticle(d.window.document, law.url);
      if (!outcome.ok || !article) throw new Error(`the generated law was not extracted: ${outcome.ok ? 'no element' : outcome.message}`);
      const res = timed(() => buildOutline(article, { docTitle: outcome.page.title }));
      sameAsPipeline &&= isDeepStrictEqual(res[0], outcome.page.outline);
      if (run === 0) {
        // buildOutline mutates (adds ids): a second call on the same element must still give the same entries.
        const markers = article.querySelectorAll('span[id^="cm-h-"]').length;
        const again = buildOutline(article, { docTitle: outcome.page.title });
        const added = article.querySelectorAll('span[id^="cm-h-"]').length - markers;
        rerun = `${isDeepStrictEqual(again, res[0]) ? 'same entries' : 'DIFFERENT entries'}, ${added} marker spans added`;
      }
      return res;
    });
    if (run === 0) continue;
    entries = got;
    plain.push(tPlain);
    pipeline.push(tPipe);
    outline.push(tOutline);
  }
  const [p, o, r] = [median(pipeline), median(outline), median(plain)];
  console.log(
    `page: ${law.counts.chars.toLocaleString('en')} characters of law text, ${elements.toLocaleString('en')} elements, ${law.html.length.toLocaleString('en')} chars of HTML; outline entries: ${entries.length.toLocaleString('en')}`,
  );
  console.log(
    'ms (median)'.padEnd(14),
    'readability'.padStart(12),
    'pipeline'.padStart(9),
    'buildOutline'.padStart(13),
    'pipe/read'.padStart(10),
    'outline/read'.padStart(13),
  );
  console.log(
    ''.padEnd(14),
    fmt(r).padStart(12),
    fmt(p).padStart(9),
    fmt(o).padStart(13),
    fmt(p / r, 2).padStart(10),
    fmt(o / r, 2).padStart(13),
  );
  console.log(
    `checks: outline on the captured element ${sameAsPipeline ? 'equals' : 'DIFFERS from'} the pipeline's; second buildOutline on the same element: ${rerun}`,
  );
  summarise(entries, law);
}

const KINDS = ['编', '章', '节', '条'] as const;
type Kind = (typeof KINDS)[number] | 'other';
const kindOf = (e: OutlineEntry): Kind => KINDS.find((k) => e.label?.endsWith(k)) ?? 'other';

/** Counts per kind and level, and every entry whose level is not its parent's + 1 (条 sits under 节 where there is one). */
function summarise(entries: OutlineEntry[], law: GeneratedLaw): void {
  const byKind = new Map<Kind, Map<number, number>>();
  const wrong: string[] = [];
  const last: Partial<Record<Kind, number>> = {};
  for (const e of entries) {
    const k = kindOf(e);
    const levels = byKind.get(k) ?? new Map<number, number>();
    levels.set(e.level, (levels.get(e.level) ?? 0) + 1);
    byKind.set(k, levels);
    if (k === '编') delete last['章'];
    if (k === '编' || k === '章') delete last['节'];
    const parent = k === '编' ? 0 : k === '章' ? last['编'] : k === '节' ? last['章'] : k === '条' ? (last['节'] ?? last['章']) : undefined;
    if (parent !== undefined && e.level !== parent + 1 && wrong.length < 3)
      wrong.push(`${e.label} ${e.title} at level ${e.level}, parent at ${parent}`);
    if (k !== 'other') last[k] = e.level;
  }
  const expected: Record<Kind, number> = {
    编: law.counts.books,
    章: law.counts.chapters,
    节: law.counts.sections,
    条: law.counts.articles,
    other: 0,
  };
  const cells = [...KINDS, 'other' as const].map((k) => {
    const lv = [...(byKind.get(k) ?? new Map<number, number>())]
      .sort((a, b) => a[0] - b[0])
      .map(([l, n]) => `L${l}×${n}`)
      .join(' ');
    const n = [...(byKind.get(k)?.values() ?? [])].reduce((a, b) => a + b, 0);
    return `${k} ${n}/${expected[k]}${lv ? ` (${lv})` : ''}`;
  });
  console.log(`outline per kind, found/generated (levels): ${cells.join('; ')}`);
  console.log(wrong.length ? `levels WRONG, e.g.: ${wrong.join(' | ')}` : 'levels: every entry sits one level below its 编/章/节 parent');
  const firstSection = entries.findIndex((e) => kindOf(e) === '节');
  const show = [...entries.slice(0, 5), ...(firstSection > 5 ? entries.slice(firstSection - 1, firstSection + 2) : [])];
  for (const e of show) console.log(`  ${'  '.repeat(e.level - 1)}L${e.level} ${e.label ?? ''} ${e.title || e.preview}`);
}
