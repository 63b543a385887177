/** One deep page (an article wrapped in hundreds of nested divs): the article finder with and without the depth cap. */
import { extractArticle } from '../../utils/extract';
import { DEFAULT_MAX_DEPTH } from '../../utils/extract/limits';
import { timed, withDom } from './bench-common';
import { fmt, median } from './stats';

const URL = 'https://bench.example/deep.html';
const P = `<p>${'The regulator shall publish an annual review of consumer protection rules under this Act. '.repeat(8)}</p>`;

export function deepPage(depth: number): string {
  return `<!doctype html><html><head><title>Deep</title></head><body><article>${P}${'<div>'.repeat(depth)}${P.repeat(3)}${'</div>'.repeat(depth)}${P}</article></body></html>`;
}

export function benchDeepPage(depths = [150, 500], runs = 3): void {
  console.log(
    `Deep page (median of ${runs}, ms): uncapped article finder vs capped (depth > ${DEFAULT_MAX_DEPTH} refused, then whole visible text)`,
  );
  for (const depth of depths) {
    const html = deepPage(depth);
    const before: number[] = [];
    const after: number[] = [];
    for (let i = 0; i < runs; i++) {
      before.push(withDom(html, URL, (d) => timed(() => extractArticle(d.window.document, URL, { maxDepth: Infinity }))[1]));
      after.push(
        withDom(html, URL, (d) => {
          const [capped, t] = timed(() => extractArticle(d.window.document, URL));
          return capped.ok
            ? t
            : t + withDom(html, URL, (f) => timed(() => extractArticle(f.window.document, URL, { mode: 'fulltext' }))[1]);
        }),
      );
    }
    console.log(
      `  ${String(depth).padStart(4)} nested divs: uncapped ${fmt(median(before)).padStart(7)}  capped ${fmt(median(after)).padStart(7)}`,
    );
  }
}
