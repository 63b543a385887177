/** Pages over the element and depth caps, and outlining at extreme sizes (split from fuzz-extract.test.ts). */
import { describe, expect, it } from 'vitest';
import { extractFromHtml, parseHtml } from '../../scripts/lib/dom';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS, extractArticle } from '../../utils/extract';
import { measurePage } from '../../utils/extract/limits';
import { deepPage } from '../../scripts/lib/bench-deep';
import { buildOutline } from '../../utils/outline';
import { collectLines } from '../../utils/outline/blocks';
import { BUDGET_MS, DEEP_BUDGET_MS, URL } from '../helpers/fuzz-corpus';
import { wrap } from '../helpers/fuzz-text';

describe('fuzzing extraction and outline', () => {
  it('a page of over 100,000 nodes takes the too-large path and says so', () => {
    // 61,000 elements and as many text nodes: just over the default cap, so the count is what stops it.
    const html = wrap(`<article>${'<p>x</p>'.repeat(61_000)}</article>`);
    const t0 = performance.now();
    const r = extractFromHtml(html, URL);
    const ms = performance.now() - t0;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('too-large');
    expect(r.message).toMatch(
      /has 61,00\d elements, more than the 60,000 the article finder handles quickly\. You can clip its whole visible text instead\./,
    );
    expect(DEFAULT_MAX_ELEMENTS).toBe(60_000);
    // Counting is cheap; nearly all of this is jsdom parsing the page.
    expect(ms).toBeLessThan(BUDGET_MS * 2);
  }, 30_000);

  it(`a page nested more than ${DEFAULT_MAX_DEPTH} levels is refused in milliseconds, says so, and clips as whole text`, () => {
    for (const divs of [DEFAULT_MAX_DEPTH - 3, 500, 2000]) {
      const html = deepPage(divs); // html > body > article > divs > p
      const dom = parseHtml(html, URL);
      const t0 = performance.now();
      const r = extractArticle(dom.window.document, URL);
      const ms = performance.now() - t0;
      dom.window.close();
      expect(r).toMatchObject({
        ok: false,
        code: 'too-large',
        key: 'page.error.tooDeep',
        message: `This page is nested ${(divs + 4).toLocaleString('en')} levels deep, more than the 200 the article finder handles quickly. You can clip its whole visible text instead.`,
      });
      expect(ms, `${divs} divs`).toBeLessThan(500);
      const again = parseHtml(html, URL); // jsdom's own parse of deep markup is slow too; only ours is timed
      const t1 = performance.now();
      const full = extractArticle(again.window.document, URL, { mode: 'fulltext' });
      expect(performance.now() - t1).toBeLessThan(DEEP_BUDGET_MS);
      again.window.close();
      expect(full.ok && full.page.text.match(/The regulator shall publish/g)?.length).toBe(40);
    }
  }, 60_000);

  it(`a page exactly ${DEFAULT_MAX_DEPTH} levels deep still goes through the article finder`, () => {
    const r = extractFromHtml(deepPage(DEFAULT_MAX_DEPTH - 4), URL);
    expect(r.ok && r.page.mode).toBe('article');
  }, 30_000);

  it('measures elements and depth without recursion', () => {
    const doc = parseHtml('<html><body><div><p>a</p><p><b>b</b></p></div><i></i></body></html>').window.document;
    expect(measurePage(doc.documentElement)).toEqual({ elements: 8, depth: 5, work: 1 + 2 + 2 + 3 + 4 + 4 + 5 + 3 });
    // 20,000 levels: far past the call stack of a recursive walk (jsdom's insertion is quadratic in depth beyond this)
    let cur: Element = doc.createElement('p');
    for (let i = 0; i < 20_000; i++) {
      const d = doc.createElement('div');
      d.appendChild(cur);
      cur = d;
    }
    expect(measurePage(cur)).toMatchObject({ elements: 20_001, depth: 20_001, work: (20_001 * 20_002) / 2 });
  });

  // Regression: inDataTable() re-counted the rows of a line's table for every line (O(R² × C), 8.6 s for 300 × 20).
  it('outlines a 300 × 20 data table within the budget', () => {
    const row = `<tr>${'<td>（一）国务院关于进一步</td>'.repeat(20)}</tr>`;
    const html = wrap(
      `<article><p>${'正文内容很长。'.repeat(30)}</p><table>${row.repeat(300)}</table><p>${'正文内容很长。'.repeat(30)}</p></article>`,
    );
    const t0 = performance.now();
    expect(extractFromHtml(html, URL).ok).toBe(true);
    expect(performance.now() - t0).toBeLessThan(BUDGET_MS);
  });

  // Regression: DOMPurify (SAFE_FOR_XML) would remove an in-place root whose text holds "<" + letter next to a
  // comment, and throws instead; sanitizeArticleElement now falls back to sanitising the markup as a string.
  it('a text-only article holding "<e" and a comment is clipped, not thrown', () => {
    expect(() => extractFromHtml('&lte<!', URL)).not.toThrow();
  });

  it('outlines an article nested 5,000 levels deep, and collects lines at 20,000 levels', () => {
    // Built bottom-up through the DOM API: jsdom's parser and its own insertion code recurse per level and
    // overflow at these depths (see the report), while a script-built page in a browser can be this deep.
    const doc = parseHtml('<html><body></body></html>').window.document;
    const deep = (depth: number) => {
      let cur: Element = doc.createElement('p');
      cur.textContent = '一、最深处的标题';
      for (let i = 0; i < depth; i++) {
        const e = doc.createElement(i % 2 ? 'div' : 'span');
        if (i % 1000 === 0) {
          const p = doc.createElement('p');
          p.textContent = `（${'一二三四五六七八九十'[(i / 1000) % 10]}）第${i}层的段落标题`;
          e.appendChild(p);
        }
        e.appendChild(cur);
        cur = e;
      }
      return cur;
    };
    let t0 = performance.now();
    const outline = buildOutline(deep(5000));
    expect(performance.now() - t0).toBeLessThan(BUDGET_MS);
    expect(outline.map((e) => e.label)).toEqual(
      ['（五）', '（四）', '（三）', '（二）', '（一）', '一、'].filter((l) => outline.some((e) => e.label === l)),
    );
    expect(outline.length).toBeGreaterThan(0);
    t0 = performance.now();
    // Recursing once per level overflowed the stack here before collectLines walked with an explicit stack.
    expect(collectLines(deep(20_000))).toHaveLength(21);
    expect(performance.now() - t0).toBeLessThan(BUDGET_MS);
  }, 30_000);
});
